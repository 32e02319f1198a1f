package gov.approval.web.bench;

import gov.approval.bench.BenchmarkCatalogue;
import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.WorklistFilter;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Benchmark mode only: times the staff worklist boundary (its page and count queries, as the
 * worklist page calls them) for the logged-in staff member, so the benchmark records the query's
 * p95 apart from page rendering. Not found outside benchmark mode.
 */
@Path("bench/worklist-query")
@RequestScoped
public class WorklistProbe {

  /** The result of one probe: runs, rows of the section, and latencies in milliseconds. */
  public record Timings(int runs, long total, double p50, double p95, double p99, double max) {}

  @EJB BenchmarkCatalogue benchmark;

  @EJB CaseHandlingService handling;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Timings time(
      @QueryParam("runs") @DefaultValue("200") int runs,
      @QueryParam("status") CaseStatus status,
      @QueryParam("myTasks") @DefaultValue("false") boolean myTasks) {
    if (!benchmark.isEnabled()) {
      throw new NotFoundException();
    }
    WorklistFilter filter =
        new WorklistFilter(myTasks, status == null ? Set.of() : Set.of(status), null, null);
    PageRequest first = new PageRequest(0, 20, "dueOn", true, null);
    long total = 0;
    for (int i = 0; i < Math.min(runs, 20); i++) {
      total = handling.worklist(filter, first).total();
    }
    double[] millis = new double[Math.max(runs, 1)];
    for (int i = 0; i < millis.length; i++) {
      long started = System.nanoTime();
      Page<?> page = handling.worklist(filter, first);
      millis[i] = (System.nanoTime() - started) / 1e6;
      total = page.total();
    }
    Arrays.sort(millis);
    return new Timings(
        millis.length,
        total,
        at(millis, 0.50),
        at(millis, 0.95),
        at(millis, 0.99),
        millis[millis.length - 1]);
  }

  private static double at(double[] sorted, double share) {
    int index = (int) Math.ceil(share * sorted.length) - 1;
    return Math.round(sorted[Math.max(index, 0)] * 100) / 100.0;
  }
}
