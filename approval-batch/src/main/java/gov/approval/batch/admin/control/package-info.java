/**
 * Listeners every job lists: the error of a failed chunk kept as exit status, and the mail to the
 * administrators when a job fails. They are shared so that each new job gets its operations
 * behaviour by naming them in its job XML, not by new code.
 */
package gov.approval.batch.admin.control;
