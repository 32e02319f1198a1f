package gov.approval.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CronExpressionTest {

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private static ZonedDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CITY);
  }

  private static List<String> next(String cron, String after, int count) {
    return CronExpression.parse(cron).next(at(after), count).stream()
        .map(t -> t.toLocalDateTime().toString())
        .toList();
  }

  @Test
  void everyMinuteFiresOnTheNextMinute() {
    assertThat(next("* * * * *", "2026-03-02T10:15:30", 3))
        .containsExactly("2026-03-02T10:16", "2026-03-02T10:17", "2026-03-02T10:18");
  }

  @Test
  void nightlyAtTwoThirty() {
    assertThat(next("30 2 * * *", "2026-03-02T02:30", 2))
        .containsExactly("2026-03-03T02:30", "2026-03-04T02:30");
  }

  @Test
  void listsRangesAndSteps() {
    assertThat(next("0,30 8-9 * * *", "2026-03-02T07:00", 5))
        .containsExactly(
            "2026-03-02T08:00",
            "2026-03-02T08:30",
            "2026-03-02T09:00",
            "2026-03-02T09:30",
            "2026-03-03T08:00");
    assertThat(next("*/20 * * * *", "2026-03-02T10:05", 3))
        .containsExactly("2026-03-02T10:20", "2026-03-02T10:40", "2026-03-02T11:00");
    assertThat(next("5/20 1 * * *", "2026-03-02T00:00", 3))
        .containsExactly("2026-03-02T01:05", "2026-03-02T01:25", "2026-03-02T01:45");
    assertThat(next("0 0 1-10/3 * *", "2026-03-01T00:00", 3))
        .containsExactly("2026-03-04T00:00", "2026-03-07T00:00", "2026-03-10T00:00");
  }

  @Test
  void weekdaysAndSundayAsZeroOrSeven() {
    // 2026-03-02 is a Monday.
    assertThat(next("0 9 * * 1-5", "2026-03-06T09:00", 2))
        .containsExactly("2026-03-09T09:00", "2026-03-10T09:00");
    assertThat(next("0 9 * * 0", "2026-03-02T00:00", 1)).containsExactly("2026-03-08T09:00");
    assertThat(next("0 9 * * 7", "2026-03-02T00:00", 1)).containsExactly("2026-03-08T09:00");
  }

  @Test
  void bothDayFieldsRestrictedMeansEither() {
    // The 15th or any Monday, as classic cron.
    assertThat(next("0 0 15 * 1", "2026-03-10T00:00", 3))
        .containsExactly("2026-03-15T00:00", "2026-03-16T00:00", "2026-03-23T00:00");
  }

  @Test
  void monthsAndLeapDays() {
    assertThat(next("0 0 1 */6 *", "2026-03-02T00:00", 2))
        .containsExactly("2026-07-01T00:00", "2027-01-01T00:00");
    assertThat(next("0 0 29 2 *", "2026-03-02T00:00", 1)).containsExactly("2028-02-29T00:00");
    assertThat(CronExpression.parse("0 0 31 2 *").next(at("2026-01-01T00:00"))).isEmpty();
  }

  @Test
  void matchesTheMinute() {
    CronExpression cron = CronExpression.parse("30 2 * * *");
    assertThat(cron.matches(LocalDateTime.parse("2026-03-02T02:30:59"))).isTrue();
    assertThat(cron.matches(LocalDateTime.parse("2026-03-02T02:31"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "* * * *",
        "* * * * * *",
        "60 * * * *",
        "* 24 * * *",
        "* * 0 * *",
        "* * * 13 *",
        "* * * * 8",
        "5-1 * * * *",
        "*/0 * * * *",
        "a * * * *",
        "1,,2 * * * *",
        "-1 * * * *"
      })
  void rejectsBadExpressions(String text) {
    assertThat(CronExpression.isValid(text)).isFalse();
    assertThatThrownBy(() -> CronExpression.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
