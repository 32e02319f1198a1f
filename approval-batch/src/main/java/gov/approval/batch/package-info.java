/**
 * Jakarta Batch jobs (job XML in {@code META-INF/batch-jobs}) and their administration. Jobs are
 * started only through EJBs of this module, which find the job XML and the application's
 * persistence unit.
 */
package gov.approval.batch;
