package gov.approval.audit.boundary;

import gov.approval.audit.entity.AuditChain;
import gov.approval.audit.entity.AuditChainHead;
import gov.approval.audit.entity.AuditEntry;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.control.Clocks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The audit log: features record what a person did or read and why; holders of AUDIT_VIEW page
 * through it and verify its chain. An entry is appended in a short transaction of its own, so the
 * chain head stays locked only for the append, not for the caller's whole transaction (every staff
 * read of a case file appends one). It records the attempt: an action that rolls back afterwards
 * keeps its entry, which an audit trail may show; a committed action always has its entry.
 */
@Stateless
@RolesAllowed(Roles.AUDIT_VIEW)
public class AuditLog {

  /** Purposes of reads and actions, shown through the bundle as {@code audit.purpose.<name>}. */
  public static final String PURPOSE_CASE_HANDLING = "CASE_HANDLING";

  public static final String PURPOSE_SUPERVISION = "SUPERVISION";
  public static final String PURPOSE_COMPLAINT_HANDLING = "COMPLAINT_HANDLING";

  static final int VERIFY_CHUNK = 500;

  static final Map<String, String> SORTABLE =
      Map.of("seq", "e.seq", "occurredAt", "e.occurredAt", "actor", "e.actor");

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject Clock clock;

  /**
   * Appends an entry by the caller (or {@code system} for timers) in its own transaction. The chain
   * head is locked for update until that short transaction commits, which serialises appends across
   * servers without making them wait for the callers' transactions.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      @NotBlank String action, @NotBlank String target, @NotBlank String purpose, String details) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    em.persist(AuditEntry.append(head, clock.instant(), actor(), action, target, purpose, details));
  }

  private String actor() {
    java.security.Principal caller = session.getCallerPrincipal();
    String name = caller == null ? null : caller.getName();
    return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? "system" : name;
  }

  public Page<AuditRow> page(@NotNull AuditFilter filter, @NotNull PageRequest request) {
    return PagedQuery.of(
            em,
            AuditRow.class,
            "SELECT NEW gov.approval.audit.boundary.AuditRow(e.seq, e.occurredAt, e.actor,"
                + " e.action, e.target, e.purpose, e.details, e.hash) FROM AuditEntry e",
            "SELECT COUNT(e) FROM AuditEntry e")
        .where("e.actor = :actor", "actor", filter.actor())
        .where("e.target = :target", "target", filter.target())
        .where(
            "e.occurredAt >= :from",
            "from",
            filter.from() == null ? null : filter.from().atStartOfDay(Clocks.CITY_ZONE).toInstant())
        .where(
            "e.occurredAt < :to",
            "to",
            filter.to() == null
                ? null
                : filter.to().plusDays(1).atStartOfDay(Clocks.CITY_ZONE).toInstant())
        .page(request, orderBy(request));
  }

  private static String orderBy(PageRequest request) {
    // Newest first unless the page asks otherwise; the sequence number breaks ties.
    if (request.sort() == null) {
      return "e.seq DESC";
    }
    return request.orderBy(SORTABLE, "e.seq") + ", e.seq DESC";
  }

  /**
   * Recomputes every link from the first entry, a chunk at a time, and names the first that does
   * not fit: an edited field, a changed hash, a removed or inserted row, or removed newest entries.
   */
  public ChainCheck verify() {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    long from = 1;
    while (true) {
      List<AuditEntry> chunk =
          em.createNamedQuery("AuditEntry.fromSeq", AuditEntry.class)
              .setParameter("from", from)
              .setMaxResults(VERIFY_CHUNK)
              .getResultList();
      for (AuditEntry e : chunk) {
        if (!e.feed(verifier)) {
          return new ChainCheck(verifier.checked(), verifier.brokenSeq(), verifier.reason());
        }
      }
      if (chunk.size() < VERIFY_CHUNK) {
        break;
      }
      from = chunk.get(chunk.size() - 1).getSeq() + 1;
      em.clear();
    }
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    em.refresh(head);
    verifier.finish(head.getLastSeq(), head.getLastHash());
    return new ChainCheck(verifier.checked(), verifier.brokenSeq(), verifier.reason());
  }
}
