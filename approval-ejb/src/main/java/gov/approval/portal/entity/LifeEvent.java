package gov.approval.portal.entity;

/**
 * A moment in a person's life (人生事件) or a stage of an enterprise (企业生命周期) under which the portal
 * groups items, so that a citizen finds what to do without knowing which department does it.
 */
public enum LifeEvent {
  BIRTH(false),
  EDUCATION(false),
  WORK(false),
  MARRIAGE(false),
  HOUSING(false),
  SOCIAL_SECURITY(false),
  VEHICLE(false),
  START(true),
  INVEST_BUILD(true),
  OPERATE(true),
  CLOSE(true);

  private final boolean enterprise;

  LifeEvent(boolean enterprise) {
    this.enterprise = enterprise;
  }

  /** True for the stages of an enterprise, false for the events of a person's life. */
  public boolean isEnterprise() {
    return enterprise;
  }
}
