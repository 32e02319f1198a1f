package gov.approval.web.shell;

import gov.approval.calendar.entity.DueDate;
import gov.approval.calendar.entity.Explanation;
import gov.approval.web.i18n.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Deadlines and times as every page prints them: a due date's explanation one sentence per line in
 * the user's language, and instants to the minute in the platform's time zone.
 */
public final class Deadlines {

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Deadlines() {}

  /** One explanation line in the user's language. */
  public static String sentence(Explanation line) {
    return Texts.text(line.messageKey(), line.arguments());
  }

  /** The explanation of {@code due}, one sentence per line; empty without a due date. */
  public static List<String> explanation(DueDate due) {
    return due == null ? List.of() : due.explanation().stream().map(Deadlines::sentence).toList();
  }

  /** {@code at} as 2026-03-02 16:05 in the platform's time zone; empty for null. */
  public static String minute(Instant at) {
    return at == null ? "" : MINUTE.format(at.atZone(CITY));
  }
}
