package gov.approval.complaints.entity;

/**
 * What a complaint is about: one of the complainant's cases, a window of the hall, a staff member,
 * or the service in general.
 */
public enum ComplaintSubject {
  CASE,
  WINDOW,
  STAFF,
  GENERAL
}
