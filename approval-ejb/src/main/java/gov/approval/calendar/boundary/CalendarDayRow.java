package gov.approval.calendar.boundary;

import gov.approval.calendar.entity.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** A holiday or make-up working day as the calendar page lists it, with its weekday. */
public record CalendarDayRow(
    Long id, long version, LocalDate day, DayOfWeek weekday, DayKind kind, String name) {}
