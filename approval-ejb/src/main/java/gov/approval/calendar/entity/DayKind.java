package gov.approval.calendar.entity;

/** How a special day differs from the week: a day off on a weekday, or a working weekend day. */
public enum DayKind {
  /** 放假: a holiday or a bridged day off (no counting of working days). */
  HOLIDAY,
  /** 调休上班: a Saturday or Sunday worked in exchange for a bridged day off. */
  WORKDAY
}
