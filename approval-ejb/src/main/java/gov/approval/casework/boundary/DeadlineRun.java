package gov.approval.casework.boundary;

/** What one run of the deadline rules did. */
public record DeadlineRun(int deemedAccepted, int reminded, int terminated, int failed) {}
