package gov.approval.web.bench;

import gov.approval.batch.bench.BatchBenchmark;
import gov.approval.batch.bench.BatchBenchmark.RepublicationTiming;
import gov.approval.batch.bench.BatchBenchmark.StatisticsTiming;
import gov.approval.bench.BenchmarkBaselines;
import gov.approval.bench.BenchmarkBaselines.SampleCase;
import gov.approval.bench.BenchmarkCatalogue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Benchmark mode only: the trivial JAX-RS endpoint and the one-row insert that REST and write
 * figures are read against, a case number with its check code for the progress-query scenario, and
 * the batch timings (an admin's session: they run real jobs). Not found outside benchmark mode.
 */
@Path("bench")
@RequestScoped
public class BaselineResource {

  /** The trivial answer: no database, no session. */
  public record Pong(String status) {}

  /** The id of the row one insert created. */
  public record Inserted(long id) {}

  @EJB BenchmarkCatalogue benchmark;

  @EJB BenchmarkBaselines baselines;

  @EJB BatchBenchmark batch;

  @GET
  @Path("ping")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Pong ping() {
    if (!benchmark.isEnabled()) {
      throw new NotFoundException();
    }
    return new Pong("ok");
  }

  @POST
  @Path("insert")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Inserted insert() {
    return baselines.insertOne().map(Inserted::new).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("sample-case")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public SampleCase sampleCase() {
    return baselines.sampleCase().orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("statistics")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public StatisticsTiming statistics() throws Exception {
    return batch.statistics().orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("republication")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public RepublicationTiming republication(
      @QueryParam("url") String url, @QueryParam("again") boolean again) throws Exception {
    if (url == null || !url.startsWith("http://127.0.0.1:")) {
      // Benchmark runs send to a stub on this machine only.
      throw new BadRequestException("url: a stub at http://127.0.0.1:<port>/");
    }
    return batch.republication(url, again).orElseThrow(NotFoundException::new);
  }
}
