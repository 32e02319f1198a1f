package gov.approval.bench;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the catalogue up to {@code approval.bench.items} items after the demo catalogue is loaded,
 * in the background, so that deployment does not wait for it; the readiness check stays down until
 * the catalogue is full, which is what the benchmark script waits for.
 */
@Startup
@Singleton
@DependsOn("CatalogueDemoData")
public class BenchmarkCatalogue {

  private static final Logger LOG = Logger.getLogger(BenchmarkCatalogue.class.getName());

  @PersistenceContext EntityManager em;

  @EJB BenchmarkCatalogueWriter writer;

  @Inject
  @ConfigProperty(name = "approval.bench.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "approval.bench.items", defaultValue = "0")
  int target;

  private volatile boolean generating;
  private volatile String failure;

  @PostConstruct
  void start() {
    if (!enabled || target <= 0) {
      return;
    }
    long present =
        em.createQuery("SELECT COUNT(i) FROM ServiceItem i", Long.class).getSingleResult();
    if (present >= target) {
      LOG.info(() -> "Benchmark catalogue already holds " + present + " items");
      return;
    }
    generating = true;
    writer.fillTo(target, (int) present);
  }

  /** Whether benchmark mode is on: the baseline pages answer only then. */
  @Lock(LockType.READ)
  public boolean isEnabled() {
    return enabled;
  }

  /** Whether the generated catalogue is complete (always, when nothing is to be generated). */
  @Lock(LockType.READ)
  public boolean isReady() {
    return !generating && failure == null;
  }

  @Lock(LockType.READ)
  public String getFailure() {
    return failure;
  }

  /** Called by the writer when it is done, with the failure that stopped it or null. */
  public void finished(String failure) {
    this.failure = failure;
    this.generating = false;
  }
}
