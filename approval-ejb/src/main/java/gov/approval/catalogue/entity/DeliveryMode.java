package gov.approval.catalogue.entity;

/** How the result reaches the applicant: collected at the window, by post, or online. */
public enum DeliveryMode {
  WINDOW,
  POST,
  ONLINE
}
