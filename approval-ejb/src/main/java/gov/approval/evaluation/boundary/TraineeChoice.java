package gov.approval.evaluation.boundary;

/** A staff member to record training for. */
public record TraineeChoice(long id, String name, String departmentName) {}
