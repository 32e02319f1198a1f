package gov.approval.appointment.boundary;

import gov.approval.appointment.entity.AppointmentStatus;
import java.time.LocalTime;

/** A booking of the day as the hall's staff see it, with whom to expect. */
public record DeskRow(
    Long id,
    long version,
    String number,
    LocalTime start,
    LocalTime end,
    String windowNumber,
    String windowName,
    String departmentName,
    String itemName,
    String citizenName,
    String citizenMobile,
    AppointmentStatus status) {

  public boolean open() {
    return status == AppointmentStatus.BOOKED;
  }
}
