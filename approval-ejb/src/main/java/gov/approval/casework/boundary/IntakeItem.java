package gov.approval.casework.boundary;

/** A published item a window clerk may register a walk-in's application for. */
public record IntakeItem(String code, String name) {}
