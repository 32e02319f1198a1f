package gov.approval.calendar.boundary;

/** A year of the calendar with how many holidays and make-up working days it records. */
public record CalendarYear(int year, long holidays, long workdays) {}
