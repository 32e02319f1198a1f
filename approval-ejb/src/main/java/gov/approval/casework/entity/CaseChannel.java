package gov.approval.casework.entity;

/** How an application came in: 网上申报 (online, pre-reviewed) or at a hall window. */
public enum CaseChannel {
  ONLINE,
  WINDOW
}
