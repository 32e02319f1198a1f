package gov.approval.evaluation.entity;

/** Where a rectification ticket stands. */
public enum TicketStatus {
  /** 待回访: opened by a bad review, waiting for the call-back. */
  OPEN,
  /** 已回访: the citizen was called back; rectification under way. */
  CALLED_BACK,
  /** 已整改: the result went back to the citizen. */
  RECTIFIED
}
