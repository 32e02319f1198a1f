package gov.approval.supervision.entity;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.calendar.entity.DayKind;
import gov.approval.calendar.entity.SpecialDay;
import gov.approval.calendar.entity.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each integrity-risk rule fires on its fact and stays quiet below its parameter. */
class RiskChecksTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final WorkingCalendar PLAIN = WorkingCalendar.of(List.of());

  @Test
  void aSecondCorrectionNoticeIsARisk() {
    assertThat(RiskChecks.repeatedCorrection("N1", 1, 2, "c1")).isEmpty();
    assertThat(RiskChecks.repeatedCorrection("N1", 2, 2, "c1"))
        .hasValueSatisfying(
            f -> {
              assertThat(f.rule()).isEqualTo(RiskRule.REPEATED_CORRECTION);
              assertThat(f.facts()).contains("N1").contains("第 2 次");
              assertThat(f.staff()).isEqualTo("c1");
            });
    assertThat(RiskChecks.repeatedCorrection("N1", 1, 0, "c1"))
        .as("a parameter below two still means a second notice")
        .isEmpty();
  }

  @Test
  void theAcceptorDecidingIsARisk() {
    assertThat(RiskChecks.acceptorDecided("N1", true, "a", "b")).isEmpty();
    assertThat(RiskChecks.acceptorDecided("N1", true, null, "b")).isEmpty();
    assertThat(RiskChecks.acceptorDecided("N1", true, "a", "a")).isPresent();
    assertThat(RiskChecks.acceptorDecided("N1", false, "a", "a"))
        .as("an item that lets one person accept and decide")
        .isEmpty();
  }

  @Test
  void aFeeIsARiskOnlyOnAFreeItem() {
    assertThat(RiskChecks.feeOnFreeItem("N1", 7, true, "工本费 10.00 元", "c")).isEmpty();
    assertThat(RiskChecks.feeOnFreeItem("N1", 7, false, "工本费 10.00 元", "c"))
        .hasValueSatisfying(
            f -> {
              assertThat(f.rule()).isEqualTo(RiskRule.FEE_ON_FREE_ITEM);
              assertThat(f.fingerprint()).isEqualTo("N1#7");
              assertThat(f.facts()).contains("工本费 10.00 元").contains("c");
            });
  }

  @Test
  void aRefusalWithTooShortReasonsIsARisk() {
    assertThat(RiskChecks.refusalWithoutReasons("N1", "不属于本机关职权范围，应向省厅申请", 10, "c")).isEmpty();
    assertThat(RiskChecks.refusalWithoutReasons("N1", "不行", 10, "c"))
        .hasValueSatisfying(f -> assertThat(f.facts()).contains("2 字"));
    assertThat(RiskChecks.refusalWithoutReasons("N1", null, 1, "c")).isPresent();
  }

  @Test
  void aLongSuspensionIsARiskAfterNDays() {
    LocalDate start = LocalDate.of(2026, 3, 2);
    assertThat(RiskChecks.longSuspension("N1", 0, start, start.plusDays(30), 30, "c")).isEmpty();
    assertThat(RiskChecks.longSuspension("N1", 0, start, start.plusDays(31), 30, "c"))
        .hasValueSatisfying(f -> assertThat(f.fingerprint()).isEqualTo("N1#0"));
  }

  @Test
  void repeatedSuspensionsAreARisk() {
    assertThat(RiskChecks.repeatedSuspension("N1", 1, 2, "c")).isEmpty();
    assertThat(RiskChecks.repeatedSuspension("N1", 2, 2, "c")).isPresent();
    assertThat(RiskChecks.repeatedSuspension("N1", 2, 3, "c")).isEmpty();
  }

  @Test
  void aMaterialAfterAcceptanceIsARiskAndBeforeItIsNot() {
    assertThat(RiskChecks.materialAfterAcceptance("N1", 7, "报告", null, "c")).isEmpty();
    assertThat(RiskChecks.materialAfterAcceptance("N1", 7, "报告", LocalDate.of(2026, 3, 2), "c"))
        .hasValueSatisfying(f -> assertThat(f.facts()).contains("报告"));
  }

  @Test
  void anIdleCaseIsARiskAfterNWorkingDays() {
    LocalDate friday = LocalDate.of(2026, 3, 6);
    assertThat(RiskChecks.idle("N1", friday, LocalDate.of(2026, 3, 12), PLAIN, 5, "c"))
        .as("4 working days")
        .isEmpty();
    assertThat(RiskChecks.idle("N1", friday, LocalDate.of(2026, 3, 13), PLAIN, 5, "c")).isPresent();
  }

  @Test
  void offHoursAreBeforeStartAfterEndAndOnDaysOff() {
    LocalTime start = LocalTime.of(8, 0);
    LocalTime end = LocalTime.of(18, 0);
    WorkingCalendar holiday =
        WorkingCalendar.of(List.of(new SpecialDay(LocalDate.of(2026, 3, 4), DayKind.HOLIDAY, "假")));
    assertThat(RiskChecks.offHours(at("2026-03-03T10:00"), ZONE, holiday, start, end)).isFalse();
    assertThat(RiskChecks.offHours(at("2026-03-03T07:59"), ZONE, holiday, start, end)).isTrue();
    assertThat(RiskChecks.offHours(at("2026-03-03T18:00"), ZONE, holiday, start, end)).isTrue();
    assertThat(RiskChecks.offHours(at("2026-03-04T10:00"), ZONE, holiday, start, end)).isTrue();
    assertThat(RiskChecks.offHours(at("2026-03-07T10:00"), ZONE, PLAIN, start, end))
        .as("Saturday")
        .isTrue();
  }

  @Test
  void bulkDecisionsNeedNWithinTheHour() {
    assertThat(RiskChecks.bulkDecisions("chief", at("2026-03-03T21:10"), ZONE, 2, 3)).isEmpty();
    assertThat(RiskChecks.bulkDecisions("chief", at("2026-03-03T21:10"), ZONE, 3, 3))
        .hasValueSatisfying(f -> assertThat(f.fingerprint()).isEqualTo("chief@2026-03-03T21:00"));
  }

  @Test
  void longFingerprintsAreShortenedButStayDistinct() {
    String a = "x".repeat(80) + "a";
    String b = "x".repeat(80) + "b";
    RiskFinding fa = new RiskFinding(RiskRule.CASE_IDLE, a, null, "f");
    RiskFinding fb = new RiskFinding(RiskRule.CASE_IDLE, b, null, "f");
    assertThat(fa.fingerprint()).hasSize(RiskFinding.FINGERPRINT_LENGTH);
    assertThat(fa.fingerprint()).isNotEqualTo(fb.fingerprint());
  }

  private static Instant at(String local) {
    return java.time.LocalDateTime.parse(local).atZone(ZONE).toInstant();
  }
}
