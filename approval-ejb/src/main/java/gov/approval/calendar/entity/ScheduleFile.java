package gov.approval.calendar.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a year's holiday schedule as the State Council's notice gives it, one line per holiday or
 * make-up day, so an administrator can type or paste it instead of clicking through the year:
 *
 * <pre>
 * # 2026 年部分节假日安排
 * 2026-01-01~2026-01-03, 放假, 元旦
 * 2026-01-04, 上班, 元旦调休
 * </pre>
 *
 * A line is a date or a range {@code from~to}, the kind ({@code 放假}/{@code 休}/{@code HOLIDAY} or
 * {@code 上班}/{@code 班}/{@code WORKDAY}) and a name, separated by commas (ASCII or full width);
 * blank lines and lines starting with {@code #} are ignored. Every problem is reported with its
 * line number, and one problem refuses the whole file.
 */
public final class ScheduleFile {

  /** The longest range one line may span (the longest Chinese holiday is nine days). */
  static final int MAX_RANGE_DAYS = 15;

  /** The outcome: the days read, or the problems that refuse the file. */
  public record Result(List<SpecialDay> days, List<ScheduleProblem> problems) {
    public Result {
      days = List.copyOf(days);
      problems = List.copyOf(problems);
    }

    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private ScheduleFile() {}

  public static Result read(int year, String text) {
    Map<LocalDate, SpecialDay> days = new LinkedHashMap<>();
    List<ScheduleProblem> problems = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip().replace('，', ',');
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(",", -1);
      if (parts.length != 3) {
        problems.add(ScheduleProblem.of(number, "calendar.import.columns", parts.length));
        continue;
      }
      DayKind kind = kind(parts[1].strip());
      String name = parts[2].strip();
      List<LocalDate> range = range(parts[0].strip(), number, problems);
      if (kind == null) {
        problems.add(ScheduleProblem.of(number, "calendar.import.kind", parts[1].strip()));
      }
      if (name.isEmpty() || name.length() > CalendarDay.NAME_LENGTH) {
        problems.add(ScheduleProblem.of(number, "calendar.import.name", CalendarDay.NAME_LENGTH));
      }
      if (range == null
          || kind == null
          || name.isEmpty()
          || name.length() > CalendarDay.NAME_LENGTH) {
        continue;
      }
      for (LocalDate day : range) {
        if (day.getYear() != year) {
          problems.add(ScheduleProblem.of(number, "calendar.import.otherYear", day, year));
        } else if (!kind.fits(day)) {
          problems.add(ScheduleProblem.of(number, "calendar.import.workdayOnWeekday", day));
        } else if (days.containsKey(day)) {
          problems.add(ScheduleProblem.of(number, "calendar.import.duplicate", day));
        } else {
          days.put(day, new SpecialDay(day, kind, name));
        }
      }
    }
    if (days.isEmpty() && problems.isEmpty()) {
      problems.add(ScheduleProblem.of(0, "calendar.import.empty", year));
    }
    return new Result(problems.isEmpty() ? List.copyOf(days.values()) : List.of(), problems);
  }

  private static List<LocalDate> range(String text, int number, List<ScheduleProblem> problems) {
    String[] ends = text.split("[~～]", -1);
    try {
      LocalDate from = LocalDate.parse(ends[0].strip());
      LocalDate to = ends.length == 2 ? LocalDate.parse(ends[1].strip()) : from;
      if (ends.length > 2 || to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
        problems.add(ScheduleProblem.of(number, "calendar.import.range", text, MAX_RANGE_DAYS));
        return null;
      }
      return from.datesUntil(to.plusDays(1)).toList();
    } catch (DateTimeParseException e) {
      problems.add(ScheduleProblem.of(number, "calendar.import.date", text));
      return null;
    }
  }

  private static DayKind kind(String text) {
    return switch (text.toUpperCase(Locale.ROOT)) {
      case "放假", "休", "休息", "HOLIDAY" -> DayKind.HOLIDAY;
      case "上班", "班", "WORKDAY" -> DayKind.WORKDAY;
      default -> null;
    };
  }
}
