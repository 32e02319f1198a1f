package gov.approval.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.demo.CalendarDemoData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleFileTest {

  private static List<String> keys(ScheduleFile.Result result) {
    return result.problems().stream().map(p -> p.line() + ":" + p.messageKey()).toList();
  }

  @Test
  void the2026ScheduleHas33DaysOffAndSixMakeUpDays() {
    List<SpecialDay> days = CalendarDemoData.schedule(2026);

    assertThat(days.stream().filter(d -> d.kind() == DayKind.HOLIDAY)).hasSize(33);
    assertThat(days.stream().filter(d -> d.kind() == DayKind.WORKDAY)).hasSize(6);
    assertThat(CalendarDemoData.schedule(2027)).isNotEmpty();
  }

  @Test
  void rangesFullWidthCommasCommentsAndAByteOrderMarkAreRead() {
    ScheduleFile.Result result =
        ScheduleFile.read(
            2026, "\uFEFF# 注释\n\n2026-01-01~2026-01-03，放假，元旦\r\n2026-01-04, 班, 元旦调休\n");

    assertThat(result.accepted()).isTrue();
    assertThat(result.days())
        .containsExactly(
            new SpecialDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "元旦"),
            new SpecialDay(LocalDate.of(2026, 1, 2), DayKind.HOLIDAY, "元旦"),
            new SpecialDay(LocalDate.of(2026, 1, 3), DayKind.HOLIDAY, "元旦"),
            new SpecialDay(LocalDate.of(2026, 1, 4), DayKind.WORKDAY, "元旦调休"));
  }

  @Test
  void everyBadLineIsReportedWithItsNumberAndNothingIsRead() {
    ScheduleFile.Result result =
        ScheduleFile.read(
            2026,
            String.join(
                "\n",
                "2026-01-01, 放假, 元旦",
                "2026-13-01, 放假, 无效日期",
                "2027-01-01, 放假, 明年",
                "2026-03-02, 上班, 周一调休",
                "2026-01-01, 放假, 重复",
                "2026-05-01, 休假, 劳动节",
                "2026-05-01, 放假",
                "2026-05-01~2026-05-30, 放假, 太长",
                "2026-06-19, 放假, "));

    assertThat(result.accepted()).isFalse();
    assertThat(result.days()).isEmpty();
    assertThat(keys(result))
        .containsExactly(
            "2:calendar.import.date",
            "3:calendar.import.otherYear",
            "4:calendar.import.workdayOnWeekday",
            "5:calendar.import.duplicate",
            "6:calendar.import.kind",
            "7:calendar.import.columns",
            "8:calendar.import.range",
            "9:calendar.import.name");
  }

  @Test
  void aFileWithoutDaysIsRefused() {
    assertThat(keys(ScheduleFile.read(2026, "# nothing\n")))
        .containsExactly("0:calendar.import.empty");
    assertThat(keys(ScheduleFile.read(2026, null))).containsExactly("0:calendar.import.empty");
  }
}
