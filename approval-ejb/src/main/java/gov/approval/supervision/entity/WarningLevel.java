package gov.approval.supervision.entity;

/** 黄牌 near the deadline, 红牌 past it; NONE while the case is comfortably in time. */
public enum WarningLevel {
  NONE,
  YELLOW,
  RED
}
