package gov.approval.calendar.entity;

/** Days added to a limit (by default 10 working days, as the Licensing Law allows) and why. */
public record Extension(int days, String reason) {

  public Extension {
    if (days <= 0) {
      throw new IllegalArgumentException("an extension adds days: " + days);
    }
  }
}
