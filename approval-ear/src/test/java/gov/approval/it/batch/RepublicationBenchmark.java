package gov.approval.it.batch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.batch.republication.RepublicationOverrides;
import gov.approval.batch.republication.RepublicationRun;
import gov.approval.batch.republication.RepublicationService;
import gov.approval.bench.BenchmarkCatalogueWriter;
import gov.approval.bench.BenchmarkItems;
import gov.approval.demo.CatalogueDemoItems.ItemSpec;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.StubPlatform;
import gov.approval.republication.boundary.RepublicationBatchRow;
import gov.approval.republication.boundary.RepublicationReport;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The republication benchmark, not a test (its name does not end in IT, so the suite never runs
 * it): generates {@value #ITEMS} published items with the benchmark catalogue generator in a fresh
 * test domain, then times one run of the job that hands their changes to a stub platform on a
 * loopback port, signed and keyed as in production. Run it with {@code bench/republication.sh}; the
 * figure goes to the server log, where the script finds it.
 */
@ExtendWith(ArquillianExtension.class)
class RepublicationBenchmark {

  private static final Logger LOG = Logger.getLogger(RepublicationBenchmark.class.getName());

  static final int ITEMS = 10_000;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithBatch(RepublicationBenchmark.class, StubPlatform.class);
  }

  @Inject RepublicationService republication;
  @Inject RepublicationReport report;
  @EJB BenchmarkCatalogueWriter generator;

  @Test
  @ActAs("admin")
  void republishTenThousandChangedItems() throws Exception {
    try (StubPlatform stub = StubPlatform.start("bench-key", "bench-secret")) {
      // What the demo left pending goes first, so the timed run handles only the generated items.
      run(
          new RepublicationOverrides(
              stub.url(), "bench-key", "bench-secret", 10, 3, 100L, null, null));

      long generating = System.nanoTime();
      List<ItemSpec> specs = BenchmarkItems.variants(ITEMS);
      for (int from = 0; from < specs.size(); from += 250) {
        generator.write(specs.subList(from, Math.min(from + 250, specs.size())));
      }
      long generatedMillis = (System.nanoTime() - generating) / 1_000_000;
      stub.clear();

      long started = System.nanoTime();
      RepublicationRun run =
          run(
              new RepublicationOverrides(
                  stub.url(), "bench-key", "bench-secret", 10, 3, 100L, null, null));
      double seconds = (System.nanoTime() - started) / 1e9;
      RepublicationBatchRow batch = report.batchOf(run.executionId()).orElseThrow();
      double jobSeconds = Duration.between(batch.startedAt(), batch.endedAt()).toMillis() / 1000.0;

      assertThat(run.batchStatus()).isEqualTo("COMPLETED");
      assertThat(stub.received().size()).isGreaterThanOrEqualTo((int) run.readCount());
      String figure =
          String.format(
              "republication benchmark: %d items generated in %.1f s; %d changes sent to a loopback"
                  + " stub in %.2f s from start to finished (%.0f changes/s), %.2f s in the job's"
                  + " batch (%.0f changes/s); all %d accepted, %d requests received",
              ITEMS,
              generatedMillis / 1000.0,
              run.readCount(),
              seconds,
              run.readCount() / seconds,
              jobSeconds,
              run.readCount() / jobSeconds,
              batch.acceptedCount(),
              stub.received().size());
      LOG.info(figure);
      System.out.println(figure);
      assertThat(run.readCount()).isGreaterThanOrEqualTo(ITEMS);
    }
  }

  private RepublicationRun run(RepublicationOverrides overrides) {
    long execution = republication.start(overrides);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
    RepublicationRun run = republication.run(execution);
    while (!run.isFinished()) {
      assertThat(Instant.now()).isBefore(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      run = republication.run(execution);
    }
    return run;
  }
}
