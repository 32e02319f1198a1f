package gov.approval.catalogue.boundary;

/** A window where an item is handled (or may be), with its hall and the department staffing it. */
public record WindowAssignmentRow(
    Long windowId,
    String windowNumber,
    String windowName,
    Long hallId,
    String hallName,
    String departmentShortName) {}
