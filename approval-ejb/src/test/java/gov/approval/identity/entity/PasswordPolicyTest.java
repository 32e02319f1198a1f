package gov.approval.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules a user meets when registering or changing a password. */
class PasswordPolicyTest {

  private static final String MOBILE = "13912345678";

  @Test
  void goodPasswordPasses() {
    assertThat(PasswordPolicy.violation("Spring2025", MOBILE)).isEmpty();
  }

  @Test
  void lengthBoundsAreInclusive() {
    assertThat(PasswordPolicy.violation("abcd1234", MOBILE)).as("8 characters").isEmpty();
    assertThat(PasswordPolicy.violation("a1".repeat(32), MOBILE)).as("64 characters").isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"abc1234"})
  void tooShortIsRefusedWithLengthKey(String password) {
    assertThat(PasswordPolicy.violation(password, MOBILE)).contains("account.password.length");
  }

  @Test
  void tooLongIsRefusedWithLengthKey() {
    assertThat(PasswordPolicy.violation("a1".repeat(32) + "b", MOBILE))
        .contains("account.password.length");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghij", "12345678901", "!!!!----____"})
  void lettersAndDigitsAreBothNeeded(String password) {
    assertThat(PasswordPolicy.violation(password, MOBILE)).contains("account.password.mix");
  }

  @Test
  void lengthIsReportedBeforeTheMix() {
    assertThat(PasswordPolicy.violation("abc", MOBILE)).contains("account.password.length");
  }

  @Test
  void passwordContainingTheMobileNumberIsRefused() {
    assertThat(PasswordPolicy.violation("pw" + MOBILE, MOBILE))
        .contains("account.password.containsUsername");
  }

  @Test
  void passwordContainingTheUsernameIsRefusedWhateverTheCase() {
    assertThat(PasswordPolicy.violation("MyZhangWei2025", "zhangwei"))
        .contains("account.password.containsUsername");
  }

  @Test
  void veryShortOrMissingUsernameDoesNotBlockPasswords() {
    assertThat(PasswordPolicy.violation("abc12345", "ab")).isEmpty();
    assertThat(PasswordPolicy.violation("abc12345", null)).isEmpty();
  }
}
