package gov.approval.evaluation.entity;

/**
 * The assessment indicators the issue names. Each is measured by a named source (an {@code
 * IndicatorSource} bean: {@code Sources} for cases and ratings, {@code OtherFeatureSources} for
 * warnings, correction orders, risk events, upheld complaints and consultations).
 */
public enum Indicator {
  /** 按时办结率, percent of the month's completed cases finished by their due date. */
  ON_TIME_RATE,
  /** 提前办结率, percent finished at least one day before their due date. */
  EARLY_COMPLETION_RATE,
  /** 满意度, the mean rating level (1–5) of the month's counted ratings. */
  SATISFACTION,
  /** 差评率, counted bad reviews per 100 completed cases. */
  BAD_REVIEWS_PER_100,
  /** 有效投诉 (complaints feature): complaints ruled upheld or partly upheld in the month. */
  UPHELD_COMPLAINTS,
  /** 黄牌预警 (supervision feature). */
  YELLOW_WARNINGS,
  /** 红牌预警 (supervision feature). */
  RED_WARNINGS,
  /** 纠错通知 (supervision feature). */
  CORRECTION_ORDERS,
  /** 确认的廉政风险事件 (supervision feature). */
  RISK_EVENTS,
  /** 咨询按时答复率 (consultation feature). */
  CONSULTATIONS_ON_TIME
}
