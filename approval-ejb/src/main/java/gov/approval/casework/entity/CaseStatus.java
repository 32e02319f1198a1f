package gov.approval.casework.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands; the transitions between them are methods of {@link ApprovalCase}. */
public enum CaseStatus {
  /** 草稿: the applicant is still filling it in; staff do not see it. */
  DRAFT,
  /** 已提交: received, waiting for (pre-review and) the acceptance decision. */
  SUBMITTED,
  /** 预审通过: an online submission looked at; waiting for formal acceptance. */
  PRE_REVIEWED,
  /** 待补正: one notice asked for corrections; the applicant answers it. */
  CORRECTION_REQUESTED,
  /** 已受理: accepted (also deemed or with deficiencies); review steps run. */
  ACCEPTED,
  /** 特别程序中: the clock stands still. */
  SUSPENDED,
  /** 已决定: granted or denied. */
  DECIDED,
  /** 已办结: the result is issued. */
  COMPLETED,
  /** 已送达: the result reached the applicant. */
  DELIVERED,
  /** 不予受理. */
  REFUSED,
  /** 已撤回 by the applicant. */
  WITHDRAWN,
  /** 终止办理: e.g. materials promised under 容缺 did not arrive in time. */
  TERMINATED;

  /** Before acceptance: the five-working-day rule for corrections applies. */
  public static final Set<CaseStatus> AWAITING_ACCEPTANCE =
      Set.copyOf(EnumSet.of(SUBMITTED, PRE_REVIEWED));

  /** Open cases staff still work on. */
  public static final Set<CaseStatus> OPEN =
      Set.copyOf(
          EnumSet.of(SUBMITTED, PRE_REVIEWED, CORRECTION_REQUESTED, ACCEPTED, SUSPENDED, DECIDED));

  public boolean isFinal() {
    return this == DELIVERED || this == REFUSED || this == WITHDRAWN || this == TERMINATED;
  }

  /** Whether the applicant may still withdraw (before the decision). */
  public boolean isWithdrawable() {
    return this == DRAFT
        || this == SUBMITTED
        || this == PRE_REVIEWED
        || this == CORRECTION_REQUESTED
        || this == ACCEPTED
        || this == SUSPENDED;
  }
}
