package gov.approval.supervision.entity;

import gov.approval.calendar.entity.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The integrity-risk rules as pure functions of the facts they look at, each returning its finding
 * with the evidence in words (Chinese, as the case timeline records it) and a fingerprint that
 * names the fact, so that detecting it twice records it once.
 */
public final class RiskChecks {

  private RiskChecks() {}

  public static Optional<RiskFinding> repeatedCorrection(
      String number, int corrections, int threshold, String actor) {
    if (corrections < Math.max(2, threshold)) {
      return Optional.empty();
    }
    return Optional.of(
        new RiskFinding(
            RiskRule.REPEATED_CORRECTION,
            number + "#" + corrections,
            actor,
            "办件 " + number + " 第 " + corrections + " 次发出补正告知（一次性告知只应一次），经办人 " + actor + "。"));
  }

  /**
   * The acceptor decided a case whose item version separates acceptance and decision (受理与决定分离);
   * items that allow one person both are no risk.
   */
  public static Optional<RiskFinding> acceptorDecided(
      String number, boolean itemSeparatesDuties, String acceptedBy, String decidedBy) {
    if (!itemSeparatesDuties || acceptedBy == null || !acceptedBy.equals(decidedBy)) {
      return Optional.empty();
    }
    return Optional.of(
        new RiskFinding(
            RiskRule.ACCEPTOR_DECIDED,
            number,
            decidedBy,
            "办件 " + number + " 由受理人 " + acceptedBy + " 本人作出决定（受理与决定未分离）。"));
  }

  /**
   * A fee recorded on a case of a free item version; each recorded fee (its timeline row) is one
   * finding, with the fee, the amount and who recorded it as the facts.
   */
  public static Optional<RiskFinding> feeOnFreeItem(
      String number, long eventId, boolean itemCharges, String fee, String actor) {
    if (itemCharges) {
      return Optional.empty();
    }
    return Optional.of(
        new RiskFinding(
            RiskRule.FEE_ON_FREE_ITEM,
            number + "#" + eventId,
            actor,
            "办件 " + number + " 所属事项不收费，但 " + actor + " 登记了收费：" + fee + "。"));
  }

  public static Optional<RiskFinding> refusalWithoutReasons(
      String number, String reasons, int minLength, String actor) {
    int length = reasons == null ? 0 : reasons.strip().length();
    if (length >= minLength) {
      return Optional.empty();
    }
    return Optional.of(
        new RiskFinding(
            RiskRule.REFUSAL_WITHOUT_REASONS,
            number,
            actor,
            "办件 "
                + number
                + " 不予受理，理由仅 "
                + length
                + " 字（少于 "
                + minLength
                + " 字）：“"
                + (reasons == null ? "" : reasons.strip())
                + "”，经办人 "
                + actor
                + "。"));
  }

  public static Optional<RiskFinding> longSuspension(
      String number, int index, LocalDate startedOn, LocalDate today, int maxDays, String actor) {
    long days = ChronoUnit.DAYS.between(startedOn, today);
    if (days <= maxDays) {
      return Optional.empty();
    }
    return Optional.of(
        new RiskFinding(
            RiskRule.LONG_SUSPENSION,
            number + "#" + index,
            actor,
            "办件 "
                + number
                + " 自 "
                + startedOn
                + " 起特别程序已持续 "
                + days
                + " 天（超过 "
                + maxDays
                + " 天）。"));
  }

  public static Optional<RiskFinding> repeatedSuspension(
      String number, int suspensions, int threshold, String actor) {
    if (suspensions < Math.max(2, threshold)) {
      return Optional.empty();
    }
    return Optional.of(
        new RiskFinding(
            RiskRule.REPEATED_SUSPENSION,
            number + "#" + suspensions,
            actor,
            "办件 " + number + " 第 " + suspensions + " 次进入特别程序（挂起），经办人 " + actor + "。"));
  }

  public static Optional<RiskFinding> materialAfterAcceptance(
      String number, long eventId, String material, LocalDate acceptedOn, String actor) {
    if (acceptedOn == null) {
      return Optional.empty();
    }
    return Optional.of(
        new RiskFinding(
            RiskRule.MATERIAL_AFTER_ACCEPTANCE,
            number + "#" + eventId,
            actor,
            "办件 "
                + number
                + " 于 "
                + acceptedOn
                + " 受理后又上传了材料“"
                + material
                + "”，经办人 "
                + actor
                + "。"));
  }

  public static Optional<RiskFinding> idle(
      String number,
      LocalDate lastChange,
      LocalDate today,
      WorkingCalendar calendar,
      int maxDays,
      String assignee) {
    int idle = calendar.workingDaysBetween(lastChange, today);
    if (idle < maxDays) {
      return Optional.empty();
    }
    return Optional.of(
        new RiskFinding(
            RiskRule.CASE_IDLE,
            number + "@" + lastChange,
            assignee,
            "办件 "
                + number
                + " 自 "
                + lastChange
                + " 起 "
                + idle
                + " 个工作日无任何办理（阈值 "
                + maxDays
                + "）。"));
  }

  /**
   * Outside working hours: a day off of the calendar, or before {@code start} or after {@code end}.
   */
  public static boolean offHours(
      Instant at, ZoneId zone, WorkingCalendar calendar, LocalTime start, LocalTime end) {
    ZonedDateTime local = at.atZone(zone);
    if (!calendar.isWorkingDay(local.toLocalDate())) {
      return true;
    }
    LocalTime time = local.toLocalTime();
    return time.isBefore(start) || !time.isBefore(end);
  }

  public static Optional<RiskFinding> bulkDecisions(
      String actor, Instant at, ZoneId zone, long decisionsWithinHour, int threshold) {
    if (decisionsWithinHour < Math.max(1, threshold)) {
      return Optional.empty();
    }
    ZonedDateTime local = at.atZone(zone).truncatedTo(ChronoUnit.HOURS);
    return Optional.of(
        new RiskFinding(
            RiskRule.BULK_DECISIONS_OFF_HOURS,
            actor + "@" + local.toLocalDateTime(),
            actor,
            actor
                + " 在工作时间以外一小时内作出 "
                + decisionsWithinHour
                + " 个决定（"
                + local.toLocalDateTime()
                + " 起）。"));
  }
}
