package gov.approval.casework.boundary;

/** A staff member to pick (e.g. as a step's assignee). */
public record StaffChoice(Long id, String name) {}
