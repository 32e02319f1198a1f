package gov.approval.appointment.boundary;

/** A published item handled at a window, linked to its guide by its implementation code. */
public record WindowItem(Long id, String code, String name) {}
