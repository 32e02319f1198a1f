/**
 * The read model of case statistics: per day, department, item, region level and channel, filled by
 * the nightly statistics job of the batch module. Dashboards read periods of it here instead of
 * counting the case tables, so a supervision page never scans a million cases.
 */
package gov.approval.statistics;
