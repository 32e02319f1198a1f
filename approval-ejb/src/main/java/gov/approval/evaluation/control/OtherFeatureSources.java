package gov.approval.evaluation.control;

import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.Measure;
import gov.approval.platform.control.Clocks;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;

/**
 * Indicator sources from the supervision, complaints and consultation features' tables: warnings,
 * correction orders, confirmed risk events and upheld complaints of the month (counts, the cases
 * behind them as evidence), and the share of consultations due in the month that were answered by
 * their deadline. Read with plain SQL on purpose: a month's counts need no entities, and scoring
 * stays one statement per indicator.
 */
public final class OtherFeatureSources {

  private OtherFeatureSources() {}

  /** A count of the subject's rows in the month; the rows' cases are the evidence. */
  abstract static class Count implements IndicatorSource {

    @PersistenceContext EntityManager em;

    /** Selects {@code case_id} of the rows: ?1 department, ?2 from, ?3 to, ?4 username. */
    abstract String sql(boolean staff);

    /** Whether a staff member can be counted at all (else only departments are). */
    boolean countsStaff() {
      return false;
    }

    @Override
    public Measure measure(Subject subject, MonthWindow month) {
      if (subject.isStaff() && !countsStaff()) {
        return Measure.none();
      }
      var query =
          em.createNativeQuery(sql(subject.isStaff()))
              .setParameter(1, subject.departmentId())
              .setParameter(2, Timestamp.from(month.from()))
              .setParameter(3, Timestamp.from(month.to()));
      if (subject.isStaff()) {
        query.setParameter(4, subject.username());
      }
      List<?> rows = query.getResultList();
      List<Long> cases =
          rows.stream()
              .filter(Objects::nonNull)
              .map(r -> ((Number) r).longValue())
              .distinct()
              .toList();
      return Measure.of(BigDecimal.valueOf(rows.size()), cases, List.of());
    }
  }

  /** 黄牌预警: yellow warnings raised in the month on the department's cases. */
  @Dependent
  public static class YellowWarnings extends Count {
    @Override
    public Indicator indicator() {
      return Indicator.YELLOW_WARNINGS;
    }

    @Override
    String sql(boolean staff) {
      return "select case_id from case_warning where department_id = ?1 and level = 'YELLOW'"
          + " and raised_at >= ?2 and raised_at < ?3";
    }
  }

  /** 红牌预警: red warnings raised in the month on the department's cases. */
  @Dependent
  public static class RedWarnings extends Count {
    @Override
    public Indicator indicator() {
      return Indicator.RED_WARNINGS;
    }

    @Override
    String sql(boolean staff) {
      return "select case_id from case_warning where department_id = ?1 and level = 'RED'"
          + " and raised_at >= ?2 and raised_at < ?3";
    }
  }

  /** 纠错通知: correction orders a supervisor gave the department in the month. */
  @Dependent
  public static class CorrectionOrders extends Count {
    @Override
    public Indicator indicator() {
      return Indicator.CORRECTION_ORDERS;
    }

    @Override
    String sql(boolean staff) {
      return "select case_id from correction_order where department_id = ?1"
          + " and ordered_at >= ?2 and ordered_at < ?3";
    }
  }

  /**
   * 确认的廉政风险事件: risk events detected in the month that a supervisor turned into a correction order
   * (dismissed and unreviewed events count nothing); a staff member's are those naming them.
   */
  @Dependent
  public static class ConfirmedRiskEvents extends Count {
    @Override
    public Indicator indicator() {
      return Indicator.RISK_EVENTS;
    }

    @Override
    boolean countsStaff() {
      return true;
    }

    @Override
    String sql(boolean staff) {
      return "select case_id from risk_event where department_id = ?1 and state = 'ORDERED'"
          + " and detected_at >= ?2 and detected_at < ?3"
          + (staff ? " and staff = ?4" : "");
    }
  }

  /**
   * 有效投诉: complaints about the department ruled upheld or partly upheld in the month (by the date
   * of their latest ruling); a staff member's are those whose ruling holds them responsible. The
   * complaints are the evidence, with the cases they are about.
   */
  @Dependent
  public static class UpheldComplaints implements IndicatorSource {

    @PersistenceContext EntityManager em;

    @Override
    public Indicator indicator() {
      return Indicator.UPHELD_COMPLAINTS;
    }

    @Override
    public Measure measure(Subject subject, MonthWindow month) {
      var query =
          em.createNativeQuery(
                  "select id, case_id from complaint where department_id = ?1"
                      + " and ruling in ('UPHELD', 'PARTLY_UPHELD')"
                      + " and ruled_at >= ?2 and ruled_at < ?3"
                      + (subject.isStaff() ? " and responsible_staff = ?4" : ""))
              .setParameter(1, subject.departmentId())
              .setParameter(2, Timestamp.from(month.from()))
              .setParameter(3, Timestamp.from(month.to()));
      if (subject.isStaff()) {
        query.setParameter(4, subject.username());
      }
      List<Object[]> rows = query.getResultList().stream().map(r -> (Object[]) r).toList();
      return Measure.ofComplaints(
          BigDecimal.valueOf(rows.size()),
          rows.stream()
              .map(r -> r[1])
              .filter(Objects::nonNull)
              .map(c -> ((Number) c).longValue())
              .distinct()
              .toList(),
          rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
    }
  }

  /**
   * 咨询按时答复率: of the questions due in the month, the percentage answered by the end of their due
   * day; a staff member's are the ones they answered.
   */
  @Dependent
  public static class ConsultationsOnTime implements IndicatorSource {

    @PersistenceContext EntityManager em;

    @Override
    public Indicator indicator() {
      return Indicator.CONSULTATIONS_ON_TIME;
    }

    @Override
    public Measure measure(Subject subject, MonthWindow month) {
      var query =
          em.createNativeQuery(
                  "select due_on, answered_at from consultation_question where department_id = ?1"
                      + " and due_on >= ?2 and due_on <= ?3"
                      + (subject.isStaff() ? " and answered_by = ?4" : ""))
              .setParameter(1, subject.departmentId())
              .setParameter(2, Date.valueOf(month.first()))
              .setParameter(3, Date.valueOf(month.last()));
      if (subject.isStaff()) {
        query.setParameter(4, subject.username());
      }
      List<?> rows = query.getResultList();
      if (rows.isEmpty()) {
        return Measure.none();
      }
      long onTime =
          rows.stream()
              .map(r -> (Object[]) r)
              .filter(
                  r ->
                      r[1] != null
                          && !((Timestamp) r[1])
                              .toInstant()
                              .atZone(Clocks.CITY_ZONE)
                              .toLocalDate()
                              .isAfter(((Date) r[0]).toLocalDate()))
              .count();
      return Measure.of(Sources.percent(onTime, rows.size()), List.of(), List.of());
    }
  }
}
