package gov.approval.casework.entity;

/** How the result reached the applicant: window pickup (recorded), post, or online download. */
public enum DeliveryMethod {
  WINDOW_PICKUP,
  POST,
  ONLINE
}
