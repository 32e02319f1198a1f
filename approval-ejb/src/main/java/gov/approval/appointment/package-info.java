/**
 * Appointment booking (预约) for a window visit: each window offers slots on working days with a
 * capacity per slot, citizens book, see and cancel them, get a confirmation and a reminder mail,
 * and hall staff mark arrivals. Booking spares citizens a wasted trip and lets halls plan their
 * windows.
 */
package gov.approval.appointment;
