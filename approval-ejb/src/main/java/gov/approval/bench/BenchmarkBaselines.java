package gov.approval.bench;

import gov.approval.casework.entity.CaseStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The baselines of the load runs that need the database: a one-row insert, and the number and check
 * code of a submitted case for the progress-query scenario. Each answers nothing unless benchmark
 * mode is on, so a production deployment exposes no write and no case number through them.
 */
@Stateless
@PermitAll
public class BenchmarkBaselines {

  /** Number and check code of one case, as the public progress query takes them. */
  public record SampleCase(String number, String checkCode) {}

  @PersistenceContext EntityManager em;

  @EJB BenchmarkCatalogue benchmark;

  /** Inserts one row in its own transaction and returns its id; empty outside benchmark mode. */
  public Optional<Long> insertOne() {
    if (!benchmark.isEnabled()) {
      return Optional.empty();
    }
    BenchmarkPing ping = new BenchmarkPing(Instant.now());
    em.persist(ping);
    em.flush();
    return Optional.of(ping.getId());
  }

  /**
   * A case past submission (the first by number); empty outside benchmark mode or without cases.
   */
  public Optional<SampleCase> sampleCase() {
    if (!benchmark.isEnabled()) {
      return Optional.empty();
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT c.number, c.checkCode FROM ApprovalCase c"
                    + " WHERE c.status <> :draft AND c.checkCode IS NOT NULL ORDER BY c.number",
                Object[].class)
            .setParameter("draft", CaseStatus.DRAFT)
            .setMaxResults(1)
            .getResultList();
    return rows.stream().findFirst().map(r -> new SampleCase((String) r[0], (String) r[1]));
  }
}
