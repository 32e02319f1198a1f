package gov.approval.web.health;

import gov.approval.batch.admin.boundary.JobAdministration;
import gov.approval.batch.admin.boundary.JobLastRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Each registered job's last run (status and end time) under {@code /health/live}. It stays UP when
 * a job failed: a failed job is an operations task (the administrators get a mail and restart it on
 * the jobs page), not a reason for an orchestrator to restart a healthy server or a load balancer
 * to stop sending it users; monitoring reads the per-job data instead. It is DOWN only when the
 * batch runtime itself cannot be asked.
 */
@Liveness
@ApplicationScoped
public class BatchJobsHealth implements HealthCheck {

  @Inject JobAdministration jobs;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("batch-jobs").up();
    try {
      for (JobLastRun run : jobs.lastRuns()) {
        response.withData(
            run.jobName(),
            run.batchStatus() + (run.ended() == null ? "" : " " + run.ended().toString()));
      }
    } catch (RuntimeException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
    return response.build();
  }
}
