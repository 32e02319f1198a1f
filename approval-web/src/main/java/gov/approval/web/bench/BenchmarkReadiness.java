package gov.approval.web.bench;

import gov.approval.bench.BenchmarkCatalogue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down while the benchmark catalogue is still being generated (or failed), so that the load runs
 * start on the full data; always up outside benchmark mode.
 */
@Readiness
@ApplicationScoped
public class BenchmarkReadiness implements HealthCheck {

  @EJB BenchmarkCatalogue benchmark;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("benchmark-data").status(benchmark.isReady());
    if (benchmark.getFailure() != null) {
      response.withData("error", benchmark.getFailure());
    }
    return response.build();
  }
}
