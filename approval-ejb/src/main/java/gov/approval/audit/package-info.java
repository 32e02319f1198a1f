/**
 * The tamper-evident audit log: who did or read what, when, and for which purpose, for every
 * supervisor action and every staff read of personal data. Entries are chained by SHA-256 so that
 * an edited, removed or inserted row is found and named, which a plain table could not prove.
 */
package gov.approval.audit;
