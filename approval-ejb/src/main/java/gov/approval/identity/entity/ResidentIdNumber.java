package gov.approval.identity.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The 18-character resident identity number (GB 11643-1999): six digits of region, the date of
 * birth, a three-digit sequence and a check character computed over the first seventeen (ISO 7064
 * MOD 11-2).
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";
  // Birth dates are dates in China, whatever zone the server runs in.
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private ResidentIdNumber() {}

  /**
   * Whether {@code value} is a well-formed number whose birth date exists and check character fits.
   */
  public static boolean isValid(String value) {
    if (value == null || !value.matches("\\d{17}[\\dXx]")) {
      return false;
    }
    try {
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(value.substring(6, 10)),
              Integer.parseInt(value.substring(10, 12)),
              Integer.parseInt(value.substring(12, 14)));
      if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now(CHINA))) {
        return false;
      }
    } catch (DateTimeException e) {
      return false;
    }
    return checkCharacter(value.substring(0, 17)) == Character.toUpperCase(value.charAt(17));
  }

  /** The check character for the first seventeen digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  /** The number in its stored form: a lower-case x becomes X. */
  public static String normalise(String value) {
    return value == null ? null : value.strip().toUpperCase();
  }
}
