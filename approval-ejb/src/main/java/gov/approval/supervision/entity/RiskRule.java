package gov.approval.supervision.entity;

/**
 * The integrity-risk rules (廉政风险防控) with their default switch and parameter; administrators change
 * both ({@link RiskRuleSetting}).
 */
public enum RiskRule {
  /** A second correction notice on one case (parameter: the count that triggers, 2). */
  REPEATED_CORRECTION(true, 2),
  /** An open case nobody touched for N working days. */
  CASE_IDLE(true, 5),
  /**
   * The person who accepted the case also decided it, on an item version that separates acceptance
   * and decision (受理与决定分离, set per version in the catalogue; on by default). The switch here turns
   * the rule off for every item, like every rule's.
   */
  ACCEPTOR_DECIDED(true, 0),
  /** A refusal to accept whose reasons are shorter than N characters. */
  REFUSAL_WITHOUT_REASONS(true, 10),
  /** A special procedure running longer than N calendar days. */
  LONG_SUSPENSION(true, 30),
  /** A case suspended N times or more. */
  REPEATED_SUSPENSION(true, 2),
  /** A material uploaded (not a promised 容缺 one) after the case was accepted. */
  MATERIAL_AFTER_ACCEPTANCE(true, 0),
  /** N or more decisions by one person within an hour outside working hours. */
  BULK_DECISIONS_OFF_HOURS(true, 3),
  /** A fee recorded on a case whose item version charges nothing (不收费事项收费). */
  FEE_ON_FREE_ITEM(true, 0);

  private final boolean enabledByDefault;
  private final int defaultParameter;

  RiskRule(boolean enabledByDefault, int defaultParameter) {
    this.enabledByDefault = enabledByDefault;
    this.defaultParameter = defaultParameter;
  }

  public boolean isEnabledByDefault() {
    return enabledByDefault;
  }

  public int getDefaultParameter() {
    return defaultParameter;
  }
}
