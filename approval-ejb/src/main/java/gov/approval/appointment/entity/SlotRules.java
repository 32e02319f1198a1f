package gov.approval.appointment.entity;

import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.platform.boundary.BusinessException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * The rules of slots, without a database: how a plan's periods split into slots, which days and
 * slots may be booked, and which seat of a slot is still free.
 */
public final class SlotRules {

  public static final int MIN_SLOT_MINUTES = 10;
  public static final int MAX_SLOT_MINUTES = 240;
  public static final int MAX_CAPACITY = 50;

  private SlotRules() {}

  /**
   * The slots of periods written as {@code 09:00-12:00,14:00-17:00}, each period cut into slots of
   * {@code minutes} (a rest shorter than a slot is dropped). Refuses overlapping or reversed
   * periods.
   */
  public static List<SlotTime> slotsOf(String periods, int minutes) {
    if (minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES) {
      throw new BusinessException(
          "appointment.plan.minutes", MIN_SLOT_MINUTES, MAX_SLOT_MINUTES, minutes);
    }
    if (periods == null || periods.isBlank()) {
      throw new BusinessException("appointment.plan.periods", "");
    }
    List<SlotTime> slots = new ArrayList<>();
    LocalTime lastEnd = LocalTime.MIN;
    for (String period : periods.split("[,，;；\\s]+")) {
      if (period.isBlank()) {
        continue;
      }
      String[] ends = period.strip().split("[-–~～]");
      LocalTime from;
      LocalTime to;
      try {
        if (ends.length != 2) {
          throw new DateTimeParseException(period, period, 0);
        }
        from = LocalTime.parse(ends[0].strip());
        to = LocalTime.parse(ends[1].strip());
      } catch (DateTimeParseException e) {
        throw new BusinessException("appointment.plan.periods", period.strip());
      }
      if (!from.isBefore(to) || from.isBefore(lastEnd)) {
        throw new BusinessException("appointment.plan.periods", period.strip());
      }
      for (LocalTime start = from;
          !start.plusMinutes(minutes).isAfter(to) && !start.plusMinutes(minutes).isBefore(start);
          start = start.plusMinutes(minutes)) {
        slots.add(new SlotTime(start, start.plusMinutes(minutes)));
      }
      lastEnd = to;
    }
    if (slots.isEmpty()) {
      throw new BusinessException("appointment.plan.periods", periods.strip());
    }
    return List.copyOf(slots);
  }

  /** Refuses a capacity outside 1 to {@link #MAX_CAPACITY}. */
  public static int checkCapacity(int capacity) {
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new BusinessException("appointment.plan.capacity", MAX_CAPACITY, capacity);
    }
    return capacity;
  }

  /**
   * Whether {@code day} may be booked at {@code now}: a working day of the calendar (holidays are
   * not, make-up working days are), from today up to {@code daysAhead} days ahead.
   */
  public static boolean isBookableDay(
      LocalDate day, LocalDateTime now, int daysAhead, WorkingCalendar calendar) {
    LocalDate today = now.toLocalDate();
    return !day.isBefore(today)
        && !day.isAfter(today.plusDays(daysAhead))
        && calendar.isWorkingDay(day);
  }

  /** The next working days from today on, at most {@code daysAhead} days ahead. */
  public static List<LocalDate> bookableDays(
      LocalDateTime now, int daysAhead, WorkingCalendar calendar) {
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i <= daysAhead; i++) {
      LocalDate day = now.toLocalDate().plusDays(i);
      if (calendar.isWorkingDay(day)) {
        days.add(day);
      }
    }
    return days;
  }

  /** Whether a slot has not started yet at {@code now} (booking and cancelling need that). */
  public static boolean notStarted(LocalDate day, LocalTime start, LocalDateTime now) {
    return now.isBefore(day.atTime(start));
  }

  /** The lowest seat (1 to capacity) not in {@code taken}, or empty when the slot is full. */
  public static OptionalInt freeSeat(Collection<Integer> taken, int capacity) {
    for (int seat = 1; seat <= capacity; seat++) {
      if (!taken.contains(seat)) {
        return OptionalInt.of(seat);
      }
    }
    return OptionalInt.empty();
  }
}
