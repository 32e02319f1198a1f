package gov.approval.republication.control;

import gov.approval.catalogue.entity.ItemChange;
import gov.approval.platform.control.DatabaseMigration;
import gov.approval.republication.entity.Operation;
import gov.approval.republication.entity.RepublicationBatch;
import gov.approval.republication.entity.RepublicationItem;
import gov.approval.republication.entity.RepublicationStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What the republication job reads and records, in the caller's transaction (the batch runtime's
 * chunk transaction). It carries no role: the job's artifacts call it on batch threads that have no
 * caller, and only the job (started through a JOB_MANAGE boundary) does.
 */
@Stateless
public class RepublicationLedger {

  private static final DateTimeFormatter BATCH_DAY =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Shanghai"));

  @PersistenceContext EntityManager em;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject Clock clock;

  /** The batch of job execution {@code execution}, created on its first call. */
  public OpenBatch open(long execution, String target, boolean toFiles) {
    RepublicationBatch batch =
        em.createNamedQuery("RepublicationBatch.findByExecution", RepublicationBatch.class)
            .setParameter("execution", execution)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  RepublicationBatch created =
                      new RepublicationBatch(
                          "RP" + BATCH_DAY.format(clock.instant()) + "-" + execution,
                          execution,
                          target,
                          toFiles,
                          clock.instant());
                  em.persist(created);
                  return created;
                });
    em.flush();
    return new OpenBatch(
        batch.getId(), batch.getBatchNumber(), batch.getTarget(), batch.isToFiles());
  }

  public void close(long execution) {
    em.createNamedQuery("RepublicationBatch.findByExecution", RepublicationBatch.class)
        .setParameter("execution", execution)
        .getResultStream()
        .findFirst()
        .ifPresent(batch -> batch.end(clock.instant()));
  }

  /**
   * Up to {@code max} ids of public changes of item versions after {@code after}, in id order, that
   * no run has had accepted (or written to files) yet.
   */
  public List<Long> pendingAfter(long after, int max) {
    return em.createNamedQuery("RepublicationItem.findPendingChangeIds", Long.class)
        .setParameter("after", after)
        .setParameter("kinds", Operation.republishedKinds())
        .setParameter("done", RepublicationStatus.DONE)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The changes {@code ids} as they will be sent, in id order: the items, versions and their
   * collections read in a fixed number of statements whatever the chunk size. A change that was
   * accepted meanwhile (another run) is left out.
   */
  public List<Outgoing> prepare(Collection<Long> ids, String batchNumber) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, RepublicationItem> known = statuses(ids);
    // Every relation by batch reading, none by join: EclipseLink reads a collection below a
    // join-fetched relation (c.itemVersion.legalBases under JOIN FETCH c.itemVersion) one
    // statement per version, whatever the batch hint says; a thread dump of the benchmark showed
    // about 500 statements per chunk of 100 changes there, most of the job's time.
    // Read-only: the job never changes what it sends, and registered copies made every flush and
    // the commit compare each of the chunk's thousands of objects with its backup (a chunk of 100
    // took 21 ms to prepare and 7 ms to record with them, 12 and 2 without).
    TypedQuery<ItemChange> query =
        em.createNamedQuery("RepublicationItem.loadChanges", ItemChange.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.read-only", "true")
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "c.item")
            .setHint("eclipselink.batch", "c.item.department")
            .setHint("eclipselink.batch", "c.item.department.region")
            .setHint("eclipselink.batch", "c.itemVersion")
            .setHint("eclipselink.batch", "c.round")
            .setHint("eclipselink.batch", "c.itemVersion.legalBases")
            .setHint("eclipselink.batch", "c.itemVersion.materials")
            .setHint("eclipselink.batch", "c.itemVersion.steps")
            .setHint("eclipselink.batch", "c.itemVersion.fees")
            .setHint("eclipselink.batch", "c.itemVersion.faqs")
            .setHint("eclipselink.batch", "c.item.lists");
    List<Outgoing> outgoing = new ArrayList<>();
    for (ItemChange change : query.getResultList()) {
      RepublicationItem status = known.get(change.getId());
      if (status != null && status.getStatus().isDone()) {
        continue;
      }
      int number = change.getItemVersion().getNumber();
      Operation operation = Operation.of(change.getKind(), number).orElseThrow();
      String key = RepublicationPayload.idempotencyKey(change);
      outgoing.add(
          new Outgoing(
              change.getId(),
              change.getItem().getId(),
              change.getImplementationCode(),
              change.getItemName(),
              number,
              operation,
              key,
              RepublicationPayload.body(change, operation, batchNumber, key)));
    }
    return outgoing;
  }

  /**
   * Records each outcome on its change's status row and in the batch's counts. A change sent for
   * the first time gets its row by one batched insert ({@link #insertFirstOutcomes}); a change sent
   * again updates its row through its entity.
   */
  public void record(long batchId, List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    RepublicationBatch batch = em.find(RepublicationBatch.class, batchId);
    Map<Long, RepublicationItem> known =
        statuses(outcomes.stream().map(outcome -> outcome.change().changeId()).toList());
    List<Outcome> first = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      Outgoing change = outcome.change();
      RepublicationItem row = known.get(change.changeId());
      if (row == null) {
        batch.count(outcome.status());
        first.add(outcome);
      } else {
        row.record(batch, outcome.status(), outcome.attempts(), outcome.message(), clock.instant());
      }
    }
    insertFirstOutcomes(batchId, first);
  }

  /**
   * Inserts the status rows of changes sent for the first time as one JDBC batch, in the caller's
   * transaction (the container hands the same connection to JPA and to this lookup within it). As
   * entities each row was an insert of its own followed by a read of its generated id, since
   * identity keys keep EclipseLink from batching: two round trips per change, the largest part of
   * recording a chunk.
   */
  private void insertFirstOutcomes(long batchId, List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into republication_item (version, item_change_id, item_id,"
                    + " implementation_code, item_name, version_number, operation,"
                    + " idempotency_key, status, attempts, message, batch_id, last_sent_at)"
                    + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Outcome outcome : outcomes) {
        Outgoing change = outcome.change();
        insert.setLong(1, change.changeId());
        insert.setLong(2, change.itemId());
        insert.setString(3, change.implementationCode());
        insert.setString(4, change.itemName());
        insert.setInt(5, change.versionNumber());
        insert.setString(6, change.operation().name());
        insert.setString(7, change.idempotencyKey());
        insert.setString(8, outcome.status().name());
        insert.setInt(9, outcome.attempts());
        insert.setString(10, RepublicationItem.clip(outcome.message()));
        insert.setLong(11, batchId);
        insert.setTimestamp(12, now);
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("recording " + outcomes.size() + " outcomes failed", e);
    }
  }

  private Map<Long, RepublicationItem> statuses(Collection<Long> changeIds) {
    return em
        .createNamedQuery("RepublicationItem.findByChanges", RepublicationItem.class)
        .setParameter("changes", changeIds)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(RepublicationItem::getChangeId, Function.identity()));
  }
}
