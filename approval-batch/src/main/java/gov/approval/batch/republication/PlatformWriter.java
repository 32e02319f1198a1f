package gov.approval.batch.republication;

import gov.approval.republication.control.OpenBatch;
import gov.approval.republication.control.Outcome;
import gov.approval.republication.control.Outgoing;
import gov.approval.republication.control.RepublicationLedger;
import gov.approval.republication.entity.RepublicationStatus;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands one chunk of changes over: builds their payloads, sends them to the platform (or writes
 * them as files into the export folder, one per change, in a folder per batch) and records each
 * change's outcome and the batch's counts, all in the chunk's transaction. A rejected or failed
 * change never stops the chunk: it is recorded and the next run sends it again.
 */
@Dependent
@Named("republicationWriter")
public class PlatformWriter extends AbstractItemWriter {

  private static final Logger LOG = Logger.getLogger(PlatformWriter.class.getName());

  @EJB RepublicationLedger ledger;

  @Inject JobContext job;

  /**
   * The step's own threads, made by the container's thread factory: senders that each send one
   * item's changes and wait for the answers, and a few for the HTTP client's reading and writing.
   * On the default managed executor they queued behind the batch runtime's own work on the few
   * threads it keeps, and each task paid for the executor setting up the application's context
   * again.
   */
  @Resource ManagedThreadFactory threadFactory;

  /** Changes in flight at once: at most this many connections to the platform. */
  static final int SENDERS = 8;

  static final int CLIENT_THREADS = 2;

  private ExecutorService senders;
  private ExecutorService io;

  @Inject
  @BatchProperty(name = "url")
  String url;

  @Inject
  @BatchProperty(name = "apiKey")
  String apiKey;

  @Inject
  @BatchProperty(name = "hmacSecret")
  String hmacSecret;

  @Inject
  @BatchProperty(name = "timeoutSeconds")
  String timeoutSeconds;

  @Inject
  @BatchProperty(name = "maxAttempts")
  String maxAttempts;

  @Inject
  @BatchProperty(name = "backoffMillis")
  String backoffMillis;

  @Inject
  @BatchProperty(name = "exportDir")
  String exportDir;

  private RepublicationSettings settings;
  private OpenBatch batch;
  private PlatformClient client;

  @Override
  public void open(Serializable checkpoint) {
    settings =
        RepublicationSettings.of(
            url, apiKey, hmacSecret, timeoutSeconds, maxAttempts, backoffMillis, exportDir);
    batch = ledger.open(job.getExecutionId(), settings.target(), settings.toFiles());
    if (!settings.toFiles()) {
      senders = Executors.newFixedThreadPool(SENDERS, threadFactory);
      io = Executors.newFixedThreadPool(CLIENT_THREADS, threadFactory);
      client = new PlatformClient(settings, senders, io);
    }
  }

  @Override
  public void close() {
    if (senders != null) {
      senders.shutdownNow();
      io.shutdownNow();
    }
  }

  @Override
  public void writeItems(List<Object> items) {
    long started = System.nanoTime();
    List<Long> ids = items.stream().map(Long.class::cast).toList();
    List<Outgoing> changes = ledger.prepare(ids, batch.batchNumber());
    long prepared = System.nanoTime();
    List<Outcome> outcomes =
        client == null ? writeFiles(changes) : client.send(changes, batch.batchNumber());
    long sent = System.nanoTime();
    ledger.record(batch.id(), outcomes);
    // Where a chunk's time goes (set the level of this package to FINE to see it).
    if (LOG.isLoggable(Level.FINE)) {
      LOG.fine(
          String.format(
              "republication chunk of %d: prepared in %d ms, sent in %d ms, recorded in %d ms",
              ids.size(),
              (prepared - started) / 1_000_000,
              (sent - prepared) / 1_000_000,
              (System.nanoTime() - sent) / 1_000_000));
    }
  }

  private List<Outcome> writeFiles(List<Outgoing> changes) {
    List<Outcome> outcomes = new ArrayList<>();
    Path folder = settings.exportDir().resolve(batch.batchNumber());
    for (Outgoing change : changes) {
      Path file = folder.resolve(change.idempotencyKey() + ".json");
      try {
        Files.createDirectories(folder);
        Files.writeString(file, change.body(), StandardCharsets.UTF_8);
        outcomes.add(
            new Outcome(
                change,
                RepublicationStatus.SENT,
                1,
                batch.batchNumber() + "/" + file.getFileName()));
      } catch (IOException e) {
        outcomes.add(new Outcome(change, RepublicationStatus.FAILED, 1, e.toString()));
      }
    }
    return outcomes;
  }
}
