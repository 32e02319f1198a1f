package gov.approval.batch.admin.boundary;

import gov.approval.jobs.entity.JobSchedule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin enters for a schedule. */
public record ScheduleForm(
    @NotBlank @Size(max = JobSchedule.JOB_NAME_LENGTH) String jobName,
    @NotBlank @Size(max = JobSchedule.CRON_LENGTH) String cron,
    @Size(max = JobSchedule.PARAMETERS_LENGTH) String parameters,
    boolean enabled) {}
