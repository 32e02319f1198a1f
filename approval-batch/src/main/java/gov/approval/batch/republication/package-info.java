/**
 * The job {@code list-republication}: hands every public change of an item version that the
 * provincial platform has not yet accepted to its HTTP endpoint (or, with none configured, to JSON
 * files in the export folder), checkpointed, with retries and a status per change. It lives in the
 * batch module because jobs are found and started only from here; what it reads and records is the
 * main module's {@code RepublicationLedger}.
 */
package gov.approval.batch.republication;
