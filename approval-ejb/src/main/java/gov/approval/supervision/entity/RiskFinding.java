package gov.approval.supervision.entity;

/**
 * What a rule found: the rule, a fingerprint that makes the finding unique (so a rescan or a second
 * server records it once), the staff member concerned and the facts as evidence.
 */
public record RiskFinding(RiskRule rule, String fingerprint, String staff, String facts) {

  public static final int FINGERPRINT_LENGTH = 64;

  public RiskFinding {
    if (fingerprint.length() > FINGERPRINT_LENGTH) {
      fingerprint =
          fingerprint.substring(0, FINGERPRINT_LENGTH - 9)
              + "~"
              + String.format("%08x", fingerprint.hashCode());
    }
  }
}
