package gov.approval.calendar.entity;

import java.time.LocalDate;
import java.util.Objects;

/** A holiday or make-up working day as a value: what the calculator and imports work with. */
public record SpecialDay(LocalDate day, DayKind kind, String name) {

  public SpecialDay {
    Objects.requireNonNull(day);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(name);
  }
}
