package gov.approval.identity.entity;

import java.util.Optional;

/**
 * The password rules: 8 to 64 characters, at least one letter and one digit, and not containing the
 * user name. Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 64;

  private PasswordPolicy() {}

  public static Optional<String> violation(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      return Optional.of("account.password.length");
    }
    if (password.chars().noneMatch(Character::isLetter)
        || password.chars().noneMatch(Character::isDigit)) {
      return Optional.of("account.password.mix");
    }
    if (username != null
        && username.length() >= 3
        && password
            .toLowerCase(java.util.Locale.ROOT)
            .contains(username.toLowerCase(java.util.Locale.ROOT))) {
      return Optional.of("account.password.containsUsername");
    }
    return Optional.empty();
  }
}
