package gov.approval.batch.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A five-field cron expression (minute hour day-of-month month day-of-week) with {@code *}, lists,
 * ranges and steps; day-of-week 0 or 7 is Sunday. As in classic cron, when both day fields are
 * restricted a day matching either one fires. Written here because the schedule page must show the
 * next run times, which the EJB timer API computes only for its own timers.
 */
public final class CronExpression {

  /** One field's range of values. */
  private enum Field {
    MINUTE(0, 59),
    HOUR(0, 23),
    DAY_OF_MONTH(1, 31),
    MONTH(1, 12),
    DAY_OF_WEEK(0, 7);

    final int min;
    final int max;

    Field(int min, int max) {
      this.min = min;
      this.max = max;
    }
  }

  /** How far ahead {@link #next} looks before it gives up (e.g. for 31 February). */
  private static final int SEARCH_DAYS = 366 * 5;

  private final String text;
  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet daysOfMonth;
  private final BitSet months;
  private final BitSet daysOfWeek;
  private final boolean dayOfMonthRestricted;
  private final boolean dayOfWeekRestricted;

  private CronExpression(String text, String[] fields) {
    this.text = text;
    this.minutes = parse(fields[0], Field.MINUTE);
    this.hours = parse(fields[1], Field.HOUR);
    this.daysOfMonth = parse(fields[2], Field.DAY_OF_MONTH);
    this.months = parse(fields[3], Field.MONTH);
    BitSet dow = parse(fields[4], Field.DAY_OF_WEEK);
    if (dow.get(7)) {
      dow.set(0);
    }
    this.daysOfWeek = dow;
    this.dayOfMonthRestricted = !fields[2].startsWith("*");
    this.dayOfWeekRestricted = !fields[4].startsWith("*");
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException with a short English reason when it is not a valid expression
   */
  public static CronExpression parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty expression");
    }
    String normalised = text.strip().replaceAll("\\s+", " ");
    String[] fields = normalised.split(" ");
    if (fields.length != 5) {
      throw new IllegalArgumentException("five fields expected, found " + fields.length);
    }
    return new CronExpression(normalised, fields);
  }

  /** Whether {@code text} parses. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static BitSet parse(String field, Field kind) {
    BitSet values = new BitSet(kind.max + 1);
    for (String part : field.split(",", -1)) {
      if (part.isEmpty()) {
        throw new IllegalArgumentException("empty list entry in " + kind);
      }
      int step = 1;
      String range = part;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        step = number(part.substring(slash + 1), kind);
        if (step < 1) {
          throw new IllegalArgumentException("step must be at least 1 in " + kind);
        }
        range = part.substring(0, slash);
      }
      int from;
      int to;
      if (range.equals("*")) {
        from = kind.min;
        to = kind == Field.DAY_OF_WEEK ? 6 : kind.max;
      } else if (range.contains("-")) {
        String[] bounds = range.split("-", -1);
        if (bounds.length != 2) {
          throw new IllegalArgumentException("bad range " + range + " in " + kind);
        }
        from = number(bounds[0], kind);
        to = number(bounds[1], kind);
        if (from > to) {
          throw new IllegalArgumentException("range " + range + " runs backwards in " + kind);
        }
      } else {
        from = number(range, kind);
        // "5/15" means from 5 to the end in steps of 15.
        to = slash >= 0 ? kind.max : from;
      }
      for (int v = from; v <= to; v += step) {
        values.set(v);
      }
    }
    return values;
  }

  private static int number(String text, Field kind) {
    if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 2) {
      throw new IllegalArgumentException("not a number: '" + text + "' in " + kind);
    }
    int value = Integer.parseInt(text);
    if (value < kind.min || value > kind.max) {
      throw new IllegalArgumentException(
          value + " outside " + kind.min + "-" + kind.max + " in " + kind);
    }
    return value;
  }

  /** Whether the minute of {@code time} is one this expression fires on. */
  public boolean matches(LocalDateTime time) {
    return minutes.get(time.getMinute()) && hours.get(time.getHour()) && dayMatches(time);
  }

  private boolean dayMatches(LocalDateTime time) {
    if (!months.get(time.getMonthValue())) {
      return false;
    }
    boolean dom = daysOfMonth.get(time.getDayOfMonth());
    boolean dow = daysOfWeek.get(time.getDayOfWeek().getValue() % 7);
    if (dayOfMonthRestricted && dayOfWeekRestricted) {
      return dom || dow;
    }
    return dom && dow;
  }

  /**
   * The first firing minute strictly after {@code after}, in its zone; empty if none in 5 years.
   */
  public Optional<ZonedDateTime> next(ZonedDateTime after) {
    ZoneId zone = after.getZone();
    LocalDateTime t = after.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDateTime limit = t.plusDays(SEARCH_DAYS);
    while (t.isBefore(limit)) {
      if (!dayMatches(t)) {
        t = t.toLocalDate().plusDays(1).atStartOfDay();
      } else if (!hours.get(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.get(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        ZonedDateTime zoned = t.atZone(zone);
        // A minute skipped by a daylight-saving change does not exist; look on.
        if (zoned.toLocalDateTime().equals(t)) {
          return Optional.of(zoned);
        }
        t = t.plusMinutes(1);
      }
    }
    return Optional.empty();
  }

  /** The next {@code count} firing minutes after {@code after}. */
  public List<ZonedDateTime> next(ZonedDateTime after, int count) {
    List<ZonedDateTime> times = new ArrayList<>();
    ZonedDateTime from = after;
    while (times.size() < count) {
      Optional<ZonedDateTime> next = next(from);
      if (next.isEmpty()) {
        break;
      }
      times.add(next.get());
      from = next.get();
    }
    return times;
  }

  @Override
  public String toString() {
    return text;
  }
}
