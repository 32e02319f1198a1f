/**
 * The back office pages of appointments: the day's bookings of a hall with arrivals and no-shows,
 * and the windows' slot plans. Each page has one view-scoped backing bean over the appointment
 * boundaries.
 */
package gov.approval.web.staff.appointments;
