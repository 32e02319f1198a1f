package gov.approval.republication.boundary;

import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.republication.entity.RepublicationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What administrators read about list republication: the status of every change handed to the
 * provincial platform, and the batches (runs) with their counts. Starting a run is the batch
 * module's {@code RepublicationService}.
 */
@Stateless
@RolesAllowed(Roles.JOB_MANAGE)
public class RepublicationReport {

  private static final String ITEM_ROW =
      "SELECT NEW gov.approval.republication.boundary.RepublicationItemRow(r.id, r.changeId,"
          + " r.implementationCode, r.itemName, r.versionNumber, r.operation, r.idempotencyKey,"
          + " r.status, r.attempts, r.message, b.batchNumber, r.lastSentAt)"
          + " FROM RepublicationItem r JOIN r.batch b";

  private static final String BATCH_ROW =
      "SELECT NEW gov.approval.republication.boundary.RepublicationBatchRow(b.id, b.batchNumber,"
          + " b.jobExecutionId, b.target, b.toFiles, b.startedAt, b.endedAt, b.readCount,"
          + " b.sentCount, b.acceptedCount, b.rejectedCount, b.failedCount)"
          + " FROM RepublicationBatch b";

  private static final Map<String, String> ITEM_SORTS =
      Map.of(
          "implementationCode", "r.implementationCode",
          "status", "r.status",
          "attempts", "r.attempts",
          "lastSentAt", "r.lastSentAt");

  @PersistenceContext EntityManager em;

  /**
   * One page of change statuses, newest first unless sorted otherwise; {@code status} and the
   * request's search (implementation code or name) filter when given.
   */
  public Page<RepublicationItemRow> items(
      RepublicationStatus status, @NotNull PageRequest request) {
    return PagedQuery.of(
            em,
            RepublicationItemRow.class,
            ITEM_ROW,
            "SELECT COUNT(r) FROM RepublicationItem r JOIN r.batch b")
        .where("r.status = :status", "status", status)
        .search(
            "(LOWER(r.implementationCode) LIKE :search ESCAPE '\\' OR r.itemName LIKE :search"
                + " ESCAPE '\\')",
            request)
        .page(
            request,
            // Newest first unless the table sorts by a column; the id keeps the order total.
            request.sort() == null
                ? "r.lastSentAt DESC, r.id DESC"
                : request.orderBy(ITEM_SORTS, "r.lastSentAt") + ", r.id DESC");
  }

  /** The status rows of the changes {@code changeIds} (tests and the page's detail). */
  public List<RepublicationItemRow> forChanges(@NotNull List<Long> changeIds) {
    if (changeIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            ITEM_ROW + " WHERE r.changeId IN :ids ORDER BY r.changeId", RepublicationItemRow.class)
        .setParameter("ids", changeIds)
        .getResultList();
  }

  /** One page of batches, newest first. */
  public Page<RepublicationBatchRow> batches(@NotNull PageRequest request) {
    return PagedQuery.of(
            em, RepublicationBatchRow.class, BATCH_ROW, "SELECT COUNT(b) FROM RepublicationBatch b")
        .page(request, "b.startedAt DESC, b.id DESC");
  }

  /** The batch of job execution {@code execution}, once the run has opened it. */
  public Optional<RepublicationBatchRow> batchOf(long execution) {
    return em.createQuery(
            BATCH_ROW + " WHERE b.jobExecutionId = :execution", RepublicationBatchRow.class)
        .setParameter("execution", execution)
        .getResultStream()
        .findFirst();
  }

  /** The ids of the public history rows of item {@code itemId} a run would republish. */
  public List<Long> republishedChangesOf(long itemId) {
    return em.createQuery(
            "SELECT c.id FROM ItemChange c WHERE c.item.id = :item AND c.itemVersion IS NOT NULL"
                + " AND c.kind IN :kinds ORDER BY c.id",
            Long.class)
        .setParameter("item", itemId)
        .setParameter("kinds", gov.approval.republication.entity.Operation.republishedKinds())
        .getResultList();
  }
}
