package gov.approval.batch.admin.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin enters for a schedule. */
public record ScheduleForm(
    @NotBlank @Size(max = 64) String jobName,
    @NotBlank @Size(max = 120) String cron,
    @Size(max = 1000) String parameters,
    boolean enabled) {}
