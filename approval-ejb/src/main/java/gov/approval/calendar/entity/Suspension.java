package gov.approval.calendar.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of days the clock stands still (特别程序: hearing, testing, expert review, public notice),
 * both ends included. A suspension still running is passed with {@code to} = today and {@code
 * ongoing}, so the due date shown moves on every day until it ends.
 */
public record Suspension(LocalDate from, LocalDate to, String reason, boolean ongoing) {

  public Suspension {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("suspension ends before it starts: " + from + " " + to);
    }
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
