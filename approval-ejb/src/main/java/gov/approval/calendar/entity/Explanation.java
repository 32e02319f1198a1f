package gov.approval.calendar.entity;

import java.time.LocalDate;

/**
 * One line of a due date's explanation: a run of days from {@code from} to {@code to} (one day when
 * equal) that the calculator treated in one way, with the number of days and the reason (a
 * holiday's name, a suspension's or extension's reason). Pages show it through the message key
 * {@code calendar.explanation.<KIND>} with the arguments from, to, days, reason.
 */
public record Explanation(Kind kind, LocalDate from, LocalDate to, int days, String reason) {

  public enum Kind {
    /** The day of receipt or acceptance: not counted, the limit runs from the next day. */
    START,
    /** No holiday schedule is recorded for a year the limit runs into: only weekends are known. */
    NO_SCHEDULE,
    /** Saturdays and Sundays, not counted in working days. */
    WEEKEND,
    /** Holidays and bridged days off, not counted in working days. */
    HOLIDAY,
    /** A weekend day worked in exchange (调休), counted. */
    MAKEUP_WORKDAY,
    /** Days of a suspension, not counted in either unit. */
    SUSPENDED,
    /** A suspension still running: the due date moves on each day it lasts. */
    SUSPENDED_ONGOING,
    /** Days added by an extension. */
    EXTENDED,
    /** A limit in natural days ending on a day off ends on the next working day instead. */
    MOVED_TO_WORKING_DAY,
    /** The due date. */
    DUE
  }

  public String messageKey() {
    return "calendar.explanation." + kind.name();
  }

  /** The arguments of the message: from, to, days, reason. */
  public Object[] arguments() {
    return new Object[] {from, to, days, reason == null ? "" : reason};
  }

  Explanation extendedTo(LocalDate day) {
    return new Explanation(kind, from, day, days + 1, reason);
  }
}
