package gov.approval.appointment.boundary;

import gov.approval.appointment.entity.AppointmentStatus;
import java.time.LocalDate;
import java.time.LocalTime;

/** One of my bookings, as the user centre lists it. */
public record MyAppointment(
    Long id,
    long version,
    String number,
    String hallName,
    String hallAddress,
    String windowNumber,
    String windowName,
    String itemCode,
    String itemName,
    LocalDate day,
    LocalTime start,
    LocalTime end,
    AppointmentStatus status,
    boolean cancellable) {}
