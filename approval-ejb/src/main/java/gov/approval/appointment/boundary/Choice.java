package gov.approval.appointment.boundary;

/** An id with a label, for selects. */
public record Choice(Long id, String label) {}
