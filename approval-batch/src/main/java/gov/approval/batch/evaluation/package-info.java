/**
 * The monthly scoring job (monthly-evaluation): clears a month's scores, then scores every
 * department and staff member active in it, in chunks, through the evaluation feature's boundary.
 * Clearing first makes a re-run of a month replace its scores exactly.
 */
package gov.approval.batch.evaluation;
