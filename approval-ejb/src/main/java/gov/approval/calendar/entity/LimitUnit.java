package gov.approval.calendar.entity;

/** The unit of a time limit: working days (the Licensing Law's rule, Art. 82) or natural days. */
public enum LimitUnit {
  WORKING_DAYS,
  NATURAL_DAYS
}
