package gov.approval.batch.admin.boundary;

import java.time.Instant;
import java.util.List;

/** A schedule as the jobs page shows it, with its next run times (at most three). */
public record ScheduleRow(
    long id,
    long version,
    String jobName,
    String cron,
    String parameters,
    boolean enabled,
    Instant lastFire,
    Long lastExecutionId,
    List<Instant> nextRuns) {}
