package gov.approval.it.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid citizen data for every test, so tests never share (or lock) an account. */
public final class TestPeople {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private TestPeople() {}

  /** A mobile number that is unlikely to exist yet: 139 followed by eight random digits. */
  public static String mobile() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  /** A resident ID number of Linwei district with a random birth date and a correct check digit. */
  public static String residentId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
    String first17 =
        "610502" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  /** The same number with its check character changed, so that only the check digit is wrong. */
  public static String withWrongCheckDigit(String residentId) {
    char check = residentId.charAt(17);
    return residentId.substring(0, 17) + (check == '0' ? '1' : '0');
  }
}
