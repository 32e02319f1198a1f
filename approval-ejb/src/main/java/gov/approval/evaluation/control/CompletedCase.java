package gov.approval.evaluation.control;

import java.time.Instant;
import java.time.LocalDate;

/** A completed case's id, completion and due date (the last copy of its deadline). */
public record CompletedCase(long caseId, Instant completedAt, LocalDate dueOn) {}
