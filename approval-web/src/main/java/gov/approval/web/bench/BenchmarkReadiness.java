package gov.approval.web.bench;

import gov.approval.bench.BenchmarkCases;
import gov.approval.bench.BenchmarkCatalogue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down while the benchmark catalogue (and then its cases) is still being generated (or failed), so
 * that the load runs start on the full data; always up outside benchmark mode.
 */
@Readiness
@ApplicationScoped
public class BenchmarkReadiness implements HealthCheck {

  @EJB BenchmarkCatalogue benchmark;

  @EJB BenchmarkCases cases;

  @Override
  public HealthCheckResponse call() {
    var response =
        HealthCheckResponse.named("benchmark-data")
            .status(benchmark.isReady() && cases.isReady())
            .withData("cases", cases.getWritten());
    if (benchmark.getFailure() != null) {
      response.withData("error", benchmark.getFailure());
    }
    if (cases.getFailure() != null) {
      response.withData("casesError", cases.getFailure());
    }
    return response.build();
  }
}
