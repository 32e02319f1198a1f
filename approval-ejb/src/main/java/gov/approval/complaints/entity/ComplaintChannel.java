package gov.approval.complaints.entity;

/** How a complaint came in. */
public enum ComplaintChannel {
  ONLINE,
  PHONE
}
