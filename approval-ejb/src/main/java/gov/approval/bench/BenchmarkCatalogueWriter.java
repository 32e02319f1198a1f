package gov.approval.bench;

import gov.approval.demo.CatalogueDemoBuilder;
import gov.approval.demo.CatalogueDemoData;
import gov.approval.demo.CatalogueDemoItems.ItemSpec;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the benchmark catalogue in transactions of {@value #BATCH} items, each a variant of a demo
 * item ({@link BenchmarkItems}) published through the same entity behaviour as the demo data, so
 * codes, search terms, versions and history are all as real items have them.
 */
@Stateless
public class BenchmarkCatalogueWriter {

  private static final Logger LOG = Logger.getLogger(BenchmarkCatalogueWriter.class.getName());
  static final int BATCH = 250;

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @EJB BenchmarkStatistics statistics;

  @EJB BenchmarkCatalogue catalogue;

  @EJB BenchmarkCases cases;

  /** Adds variants until the catalogue holds {@code target} items; {@code present} are there. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void fillTo(int target, int present) {
    long started = System.nanoTime();
    BenchmarkCatalogueWriter self = context.getBusinessObject(BenchmarkCatalogueWriter.class);
    List<ItemSpec> variants = BenchmarkItems.variants(target - present);
    try {
      for (int from = 0; from < variants.size(); from += BATCH) {
        self.write(variants.subList(from, Math.min(from + BATCH, variants.size())));
        int done = Math.min(from + BATCH, variants.size());
        if (done % 2000 < BATCH || done == variants.size()) {
          LOG.info(() -> "Benchmark catalogue: " + done + " of " + variants.size() + " items");
        }
      }
      statistics.refresh();
      catalogue.finished(null);
      cases.begin();
      LOG.info(
          () ->
              "Benchmark catalogue generated in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms: "
                  + variants.size()
                  + " items");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Benchmark catalogue not generated", e);
      catalogue.finished(String.valueOf(e));
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(List<ItemSpec> specs) {
    CatalogueDemoData.Organisation.load(em, CatalogueDemoBuilder.actors(specs))
        .builder(em)
        .build(specs, List.of());
    em.flush();
    em.clear();
  }
}
