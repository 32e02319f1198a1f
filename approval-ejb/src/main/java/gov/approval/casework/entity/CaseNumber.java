package gov.approval.casework.entity;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The case number's documented format: the six-digit administrative division code of the owning
 * department's region, the day of receipt as yyyyMMdd and a six-digit sequence per region and day,
 * e.g. {@code 61050020261129000042} (20 digits). The check code is six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), drawn at random: with the number it opens the public
 * progress query.
 */
public final class CaseNumber {

  public static final int MAX_PER_DAY = 999_999;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String CHECK_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CaseNumber() {}

  /** The counter key (region and day) for a region code such as {@code 610500000000}. */
  public static String prefix(String regionCode, LocalDate day) {
    if (regionCode == null || regionCode.length() < 6) {
      throw new IllegalArgumentException("not a region code: " + regionCode);
    }
    return regionCode.substring(0, 6) + DAY.format(day);
  }

  public static String format(String prefix, int sequence) {
    if (sequence < 1 || sequence > MAX_PER_DAY) {
      throw new IllegalStateException("case sequence out of range: " + sequence);
    }
    return prefix + String.format("%06d", sequence);
  }

  public static boolean isWellFormed(String number) {
    return number != null && number.matches("\\d{20}");
  }

  public static String newCheckCode() {
    StringBuilder code = new StringBuilder(ApprovalCase.CHECK_CODE_LENGTH);
    for (int i = 0; i < ApprovalCase.CHECK_CODE_LENGTH; i++) {
      code.append(CHECK_ALPHABET.charAt(RANDOM.nextInt(CHECK_ALPHABET.length())));
    }
    return code.toString();
  }
}
