/**
 * The nightly case statistics job {@code case-statistics}: a chunk step whose items are days; each
 * chunk recomputes its days from the case tables and replaces their rows of {@code
 * case_daily_statistics} in the chunk's transaction. Replacing whole days (delete and insert)
 * rather than adding to counters is what makes a restart after a crash, or any re-run, count
 * nothing twice.
 */
package gov.approval.batch.statistics;
