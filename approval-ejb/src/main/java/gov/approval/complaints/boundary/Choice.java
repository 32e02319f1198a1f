package gov.approval.complaints.boundary;

/** An option of the complaint forms: a department or a window. */
public record Choice(long id, String label) {}
