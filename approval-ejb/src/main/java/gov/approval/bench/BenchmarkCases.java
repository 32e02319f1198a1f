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
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the case tables up to {@code approval.bench.cases} cases (about ten history rows each) once
 * the benchmark catalogue is complete, in the background; the readiness check stays down until it
 * is done and reports the progress meanwhile.
 */
@Startup
@Singleton
// After the demo cases too: the generator gives ids explicitly from the highest present, and the
// demo cases, written meanwhile through the identity columns, took ids it then wrote again.
@DependsOn({"BenchmarkCatalogue", "CaseDemoData"})
public class BenchmarkCases {

  private static final Logger LOG = Logger.getLogger(BenchmarkCases.class.getName());

  @PersistenceContext EntityManager em;

  @EJB BenchmarkCatalogue catalogue;

  @EJB BenchmarkCaseWriter writer;

  @Inject
  @ConfigProperty(name = "approval.bench.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "approval.bench.cases", defaultValue = "0")
  int target;

  @Inject
  @ConfigProperty(name = "approval.bench.seed", defaultValue = "2026")
  long seed;

  private volatile boolean pending;
  private volatile boolean started;
  private volatile String failure;
  private final AtomicLong written = new AtomicLong();

  @PostConstruct
  void init() {
    if (!enabled || target <= 0) {
      return;
    }
    long present =
        em.createQuery("SELECT COUNT(c) FROM ApprovalCase c", Long.class).getSingleResult();
    if (present >= target) {
      LOG.info(() -> "Benchmark cases already present: " + present);
      return;
    }
    pending = true;
    if (catalogue.isReady()) {
      begin();
    }
  }

  /** Starts the writer once (called at startup, or by the catalogue writer when it is done). */
  @Lock(LockType.WRITE)
  public void begin() {
    if (!pending || started) {
      return;
    }
    started = true;
    long present =
        em.createQuery("SELECT COUNT(c) FROM ApprovalCase c", Long.class).getSingleResult();
    writer.fill(target - (int) present, seed);
  }

  @Lock(LockType.READ)
  public boolean isReady() {
    return !pending && failure == null;
  }

  @Lock(LockType.READ)
  public String getFailure() {
    return failure;
  }

  @Lock(LockType.READ)
  public long getWritten() {
    return written.get();
  }

  @Lock(LockType.READ)
  public void progress(long cases) {
    written.set(cases);
  }

  /** Called by the writer when done, with the failure that stopped it or null. */
  @Lock(LockType.WRITE)
  public void finished(String failure) {
    this.failure = failure;
    this.pending = false;
  }
}
