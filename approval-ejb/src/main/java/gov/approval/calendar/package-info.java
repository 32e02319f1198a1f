/**
 * The working-day calendar: the State Council's holidays and make-up working days (调休) per year,
 * maintained by administrators, and the one calculator that turns a start date and a limit into a
 * due date with its explanation (every skipped day and why, every suspension and extension).
 */
package gov.approval.calendar;
