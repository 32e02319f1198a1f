/**
 * Complaints (投诉受理): citizens complain online and staff record phone complaints; each is routed to
 * the responsible department with a deadline in working days, answered, rated, reopened at most
 * once and escalated when overdue. The city promises every complainant an answer in time, and this
 * feature is where that promise is kept and watched.
 */
package gov.approval.complaints;
