package gov.approval.complaints.boundary;

/** A staff member a complaint's ruling may hold responsible. */
public record StaffChoice(String username, String name) {}
