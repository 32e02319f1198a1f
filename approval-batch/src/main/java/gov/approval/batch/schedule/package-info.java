/**
 * The scheduler: schedules (a job, a five-field cron expression, parameters) stored in the database
 * and fired by one non-persistent automatic EJB timer per server that ticks every minute. Each tick
 * claims the minute slot of every due schedule with a conditional update ({@code UPDATE
 * job_schedule SET last_fire = :slot ... WHERE version = :read AND last_fire < :slot}); only the
 * server whose update changed the row starts the job, so a schedule fires once per cluster. A
 * database claim was chosen over persistent EJB timers because the schedules are data admins edit
 * at run time (persistent timers would have to be recreated on every edit and live in the timer
 * store of one server or the cluster's data grid), and because the claim works on any database the
 * application runs on without extra cluster set-up. A minute during which no server runs is not
 * caught up later.
 */
package gov.approval.batch.schedule;
