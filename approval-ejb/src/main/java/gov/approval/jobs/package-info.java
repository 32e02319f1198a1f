/**
 * The stored side of batch jobs: schedules (a job, a cron-like expression, parameters) and the
 * progress of running day-by-day jobs. They live here, beside the persistence unit, while the jobs
 * themselves and their scheduler live in the batch module, which alone can start jobs.
 */
package gov.approval.jobs;
