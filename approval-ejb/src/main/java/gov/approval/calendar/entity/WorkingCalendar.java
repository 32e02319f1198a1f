package gov.approval.calendar.entity;

import gov.approval.calendar.entity.Explanation.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which days are working days, and the one due-date calculator of the platform. A day is a working
 * day when it is a weekday and not a holiday, or a weekend day recorded as a make-up working day.
 * The limit runs from the day after the start (the start day is not counted, as Chinese law counts
 * periods); working-day limits skip weekends, holidays and suspended days; natural-day limits skip
 * only suspended days, and one ending on a day off ends on the next working day.
 */
public final class WorkingCalendar {

  /** Guards against a limit that never ends (a calendar of nothing but holidays). */
  static final int MAX_SPAN_DAYS = 3 * 366;

  private final Map<LocalDate, SpecialDay> special;
  private final Set<Integer> scheduledYears;

  private WorkingCalendar(Map<LocalDate, SpecialDay> special) {
    this.special = Map.copyOf(special);
    this.scheduledYears =
        special.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
  }

  public static WorkingCalendar of(Collection<SpecialDay> days) {
    return new WorkingCalendar(
        days.stream().collect(Collectors.toMap(SpecialDay::day, Function.identity())));
  }

  public boolean isWorkingDay(LocalDate day) {
    SpecialDay known = special.get(day);
    if (known != null) {
      return known.kind() == DayKind.WORKDAY;
    }
    return !DayKind.isWeekend(day);
  }

  public Optional<SpecialDay> special(LocalDate day) {
    return Optional.ofNullable(special.get(day));
  }

  /** Whether a holiday schedule has been recorded for {@code year}. */
  public boolean hasSchedule(int year) {
    return scheduledYears.contains(year);
  }

  /**
   * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
   * earlier.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  public DueDate due(LocalDate start, int limitDays, LimitUnit unit) {
    return due(start, limitDays, unit, List.of(), List.of());
  }

  /**
   * The due date of a limit of {@code limitDays} in {@code unit} starting on {@code start} (the day
   * of receipt or acceptance), stopped by {@code suspensions} and lengthened by {@code extensions}.
   * A limit of 0 (即办) is due on the start day.
   */
  public DueDate due(
      LocalDate start,
      int limitDays,
      LimitUnit unit,
      List<Suspension> suspensions,
      List<Extension> extensions) {
    if (limitDays < 0) {
      throw new IllegalArgumentException("a limit is not negative: " + limitDays);
    }
    int extensionDays = extensions.stream().mapToInt(Extension::days).sum();
    int total = limitDays + extensionDays;
    Runs runs = new Runs();
    runs.add(Kind.START, start, null);
    LocalDate day = start;
    int counted = 0;
    while (counted < total) {
      day = day.plusDays(1);
      if (day.isAfter(start.plusDays(MAX_SPAN_DAYS))) {
        throw new IllegalStateException(
            "no due date within " + MAX_SPAN_DAYS + " days of " + start);
      }
      Optional<Suspension> suspended = suspensionOn(suspensions, day);
      if (suspended.isPresent()) {
        Suspension s = suspended.get();
        runs.add(s.ongoing() ? Kind.SUSPENDED_ONGOING : Kind.SUSPENDED, day, s.reason());
        continue;
      }
      if (unit == LimitUnit.WORKING_DAYS && !isWorkingDay(day)) {
        SpecialDay holiday = special.get(day);
        runs.add(
            holiday == null ? Kind.WEEKEND : Kind.HOLIDAY,
            day,
            holiday == null ? null : holiday.name());
        continue;
      }
      if (unit == LimitUnit.WORKING_DAYS && DayKind.isWeekend(day)) {
        runs.add(Kind.MAKEUP_WORKDAY, day, special.get(day).name());
      }
      counted++;
    }
    if (unit == LimitUnit.NATURAL_DAYS && total > 0) {
      while (!isWorkingDay(day)) {
        SpecialDay holiday = special.get(day);
        runs.add(Kind.MOVED_TO_WORKING_DAY, day, holiday == null ? null : holiday.name());
        day = day.plusDays(1);
      }
    }
    for (Extension extension : extensions) {
      runs.extension(extension);
    }
    runs.add(Kind.DUE, day, null);
    return new DueDate(
        start, day, limitDays, extensionDays, unit, runs.explanation(start, day, this));
  }

  private static Optional<Suspension> suspensionOn(List<Suspension> suspensions, LocalDate day) {
    return suspensions.stream().filter(s -> s.covers(day)).findFirst();
  }

  /** Collects consecutive days treated alike into one explanation line. */
  private static final class Runs {
    private final List<Explanation> lines = new ArrayList<>();
    private final List<Explanation> extensions = new ArrayList<>();

    void add(Kind kind, LocalDate day, String reason) {
      if (!lines.isEmpty()) {
        Explanation last = lines.get(lines.size() - 1);
        if (last.kind() == kind
            && Objects.equals(last.reason(), reason)
            && last.to().plusDays(1).equals(day)
            && kind != Kind.START
            && kind != Kind.DUE) {
          lines.set(lines.size() - 1, last.extendedTo(day));
          return;
        }
      }
      lines.add(new Explanation(kind, day, day, 1, reason));
    }

    void extension(Extension extension) {
      extensions.add(
          new Explanation(Kind.EXTENDED, null, null, extension.days(), extension.reason()));
    }

    /** Missing schedules first, then the runs in date order, the extensions, and the due date. */
    List<Explanation> explanation(LocalDate start, LocalDate due, WorkingCalendar calendar) {
      List<Explanation> all = new ArrayList<>();
      for (int year = start.getYear(); year <= due.getYear(); year++) {
        if (!calendar.hasSchedule(year)) {
          all.add(new Explanation(Kind.NO_SCHEDULE, null, null, 0, String.valueOf(year)));
        }
      }
      all.addAll(lines.subList(0, lines.size() - 1));
      all.addAll(extensions);
      all.add(lines.get(lines.size() - 1));
      return all;
    }
  }
}
