package gov.approval.appointment.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What the booking page offers for one window: its hall, its items and the days open to booking.
 */
public record BookableWindow(PublicHall hall, PublicWindow window, List<LocalDate> days) {}
