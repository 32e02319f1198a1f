package gov.approval.demo;

import gov.approval.catalogue.entity.ItemList;
import gov.approval.demo.CatalogueDemoBuilder.Built;
import gov.approval.demo.CatalogueDemoItems.ItemSpec;
import gov.approval.demo.CatalogueDemoItems.RoundSpec;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.StaffMember;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo catalogue ({@link CatalogueDemoItems}: about 190 published items of the city
 * departments and four counties, and two reform rounds) when demo data is enabled ({@code
 * approval.demo.enabled}) and the catalogue holds no item yet. It needs the demo organisation
 * ({@link DemoData}); on a database with another organisation it logs why and loads nothing.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class CatalogueDemoData {

  private static final Logger LOG = Logger.getLogger(CatalogueDemoData.class.getName());

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "approval.demo.enabled", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    long items = em.createQuery("SELECT COUNT(i) FROM ServiceItem i", Long.class).getSingleResult();
    if (items > 0) {
      return;
    }
    long started = System.nanoTime();
    List<ItemSpec> specs = CatalogueDemoItems.items();
    List<RoundSpec> rounds = CatalogueDemoItems.rounds(specs);

    Set<String> actors = CatalogueDemoBuilder.actors(specs);
    Organisation organisation = Organisation.load(em, actors);
    Map<String, Department> departments = organisation.departments();
    Map<String, StaffMember> staff = organisation.staff();
    boolean organisationPresent =
        specs.stream().allMatch(spec -> departments.containsKey(spec.departmentCode()))
            && staff.keySet().containsAll(actors);
    if (!organisationPresent) {
      LOG.warning(
          "Demo catalogue not loaded: the database does not hold the demo organisation's"
              + " departments and staff");
      return;
    }

    Built built = organisation.builder(em).build(specs, rounds);
    // Write now, inside this method: a failure then fails the deployment instead of vanishing at
    // commit.
    em.flush();

    LOG.info(
        () ->
            "Demo catalogue loaded in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms: "
                + built.items().size()
                + " items, "
                + built.rounds().size()
                + " reform rounds, "
                + built.decisions().size()
                + " decisions");
  }

  /**
   * The departments, the staff named by user name and the item lists the demo specs refer to, read
   * once, and a builder that looks them up and writes to {@code em}.
   */
  public record Organisation(
      Map<String, Department> departments,
      Map<String, StaffMember> staff,
      Map<String, ItemList> lists) {

    public static Organisation load(EntityManager em, Set<String> usernames) {
      return new Organisation(
          em.createQuery("SELECT d FROM Department d", Department.class).getResultList().stream()
              .collect(Collectors.toMap(Department::getCode, Function.identity())),
          em
              .createQuery(
                  "SELECT s FROM StaffMember s JOIN FETCH s.account a WHERE a.username IN :names",
                  StaffMember.class)
              .setParameter("names", usernames)
              .getResultList()
              .stream()
              .collect(Collectors.toMap(s -> s.getAccount().getUsername(), Function.identity())),
          em.createNamedQuery("ItemList.findAllOrdered", ItemList.class).getResultList().stream()
              .collect(Collectors.toMap(ItemList::getCode, Function.identity())));
    }

    public CatalogueDemoBuilder builder(EntityManager em) {
      return new CatalogueDemoBuilder(departments::get, staff::get, lists::get, em::persist);
    }
  }
}
