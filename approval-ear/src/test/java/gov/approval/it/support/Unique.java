package gov.approval.it.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random parts of codes and names, so that each test makes rows no other test or earlier run made.
 */
public final class Unique {

  private Unique() {}

  public static String digits(int length) {
    StringBuilder digits = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }
}
