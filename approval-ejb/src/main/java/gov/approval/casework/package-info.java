/**
 * Cases (办件) from application to delivery: the {@code ApprovalCase} aggregate refuses every
 * transition its state forbids and records each one append-only; its deadlines come from the
 * working-day calendar. Boundaries serve applicants (drafts, submission, corrections, withdrawal)
 * and staff of the owning department (intake, acceptance, review, decision, delivery).
 */
package gov.approval.casework;
