package gov.approval.casework.entity;

/**
 * The 18-character unified social credit code of organisations (统一社会信用代码, GB 32100-2015): seventeen
 * characters of the code alphabet and a check character (weighted sum modulo 31).
 */
public final class CreditCode {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  public static boolean isValid(String value) {
    if (value == null || value.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int code = ALPHABET.indexOf(value.charAt(i));
      if (code < 0) {
        return false;
      }
      sum += code * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return value.charAt(17) == ALPHABET.charAt(check);
  }

  /** The check character for seventeen characters (demo data and tests make valid codes). */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
