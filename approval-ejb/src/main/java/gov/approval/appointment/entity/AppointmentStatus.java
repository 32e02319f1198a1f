package gov.approval.appointment.entity;

/** Where a booking stands: booked until the citizen cancels or the hall marks the visit. */
public enum AppointmentStatus {
  BOOKED,
  CANCELLED,
  ARRIVED,
  NO_SHOW
}
