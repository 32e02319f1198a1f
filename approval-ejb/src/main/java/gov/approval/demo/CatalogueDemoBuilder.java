package gov.approval.demo;

import gov.approval.catalogue.entity.ItemList;
import gov.approval.catalogue.entity.ReformDecision;
import gov.approval.catalogue.entity.ReformRound;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.demo.CatalogueDemoItems.DecisionSpec;
import gov.approval.demo.CatalogueDemoItems.ItemSpec;
import gov.approval.demo.CatalogueDemoItems.RoundSpec;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.organisation.entity.StaffMember;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns the demo specs into catalogue entities through the entities' own behaviour, as people
 * would: the department's chief representative drafts and submits each item, a second person (the
 * department head, or the hall administrator) approves it, and the hall administrator carries out
 * the reform rounds' decisions. It knows no entity manager: each new entity goes to {@code
 * persist}, right after it is made and before it changes, so the loader writes it and a unit test
 * just collects it.
 */
public final class CatalogueDemoBuilder {

  /** What was built, in creation order. */
  public record Built(
      List<ServiceItem> items, List<ReformRound> rounds, List<ReformDecision> decisions) {}

  private final Function<String, Department> departments;
  private final Function<String, StaffMember> staff;
  private final Function<String, ItemList> lists;
  private final Consumer<Object> persist;

  /**
   * @param departments a department by code, or null
   * @param staff a staff member by user name, or null
   * @param lists an item list by code, or null
   * @param persist receives every new entity once
   */
  public CatalogueDemoBuilder(
      Function<String, Department> departments,
      Function<String, StaffMember> staff,
      Function<String, ItemList> lists,
      Consumer<Object> persist) {
    this.departments = departments;
    this.staff = staff;
    this.lists = lists;
    this.persist = persist;
  }

  /** The user names of everyone who drafts, reviews or reforms {@code items}. */
  public static Set<String> actors(List<ItemSpec> items) {
    Set<String> names = new LinkedHashSet<>();
    names.add(CatalogueDemoItems.HALL_ADMIN);
    for (ItemSpec item : items) {
      names.add(CatalogueDemoItems.chiefOf(item.departmentCode()));
      if (!item.reviewedByHallAdmin()) {
        names.add(CatalogueDemoItems.headOf(item.departmentCode()));
      }
    }
    return names;
  }

  public Built build(List<ItemSpec> specs, List<RoundSpec> roundSpecs) {
    StaffMember hallAdmin = require(staff, CatalogueDemoItems.HALL_ADMIN, "staff member");
    Map<String, ServiceItem> items = new LinkedHashMap<>();
    for (ItemSpec spec : specs) {
      items.put(spec.key(), publish(spec, hallAdmin));
    }
    List<ReformRound> rounds = new ArrayList<>();
    List<ReformDecision> decisions = new ArrayList<>();
    for (RoundSpec spec : roundSpecs) {
      Instant applied = spec.appliedAt();
      ReformRound round =
          new ReformRound(
              spec.name(),
              spec.decidedOn(),
              spec.documentNumber(),
              applied.minus(Duration.ofDays(1)));
      persist.accept(round);
      rounds.add(round);
      int second = 0;
      for (DecisionSpec d : spec.decisions()) {
        ServiceItem item = Objects.requireNonNull(items.get(d.itemKey()), d.itemKey());
        Department target =
            d.targetDepartmentCode() == null
                ? null
                : require(departments, d.targetDepartmentCode(), "department");
        ReformDecision decision =
            round.decide(item, d.outcome(), d.targetLevel(), target, null, d.note());
        persist.accept(decision);
        decision.apply(hallAdmin, applied.plusSeconds(second++));
        decisions.add(decision);
      }
    }
    return new Built(List.copyOf(items.values()), List.copyOf(rounds), List.copyOf(decisions));
  }

  /** Drafted by the chief representative, submitted ten minutes later, approved two days later. */
  private ServiceItem publish(ItemSpec spec, StaffMember hallAdmin) {
    String department = spec.departmentCode();
    StaffMember author = require(staff, CatalogueDemoItems.chiefOf(department), "staff member");
    StaffMember reviewer =
        spec.reviewedByHallAdmin()
            ? hallAdmin
            : require(staff, CatalogueDemoItems.headOf(department), "staff member");
    List<ItemList> itemLists =
        spec.listCodes().stream().sorted().map(code -> require(lists, code, "list")).toList();
    Instant drafted = spec.draftedAt();
    ServiceItem item =
        ServiceItem.create(
            spec.basicCode(),
            require(departments, department, "department"),
            spec.level() == null ? RegionLevel.CITY : spec.level(),
            itemLists,
            spec.content(),
            author,
            drafted);
    persist.accept(item);
    item.submitForReview(author, drafted.plus(Duration.ofMinutes(10)));
    item.approve(reviewer, drafted.plus(Duration.ofDays(2)));
    return item;
  }

  private static <T> T require(Function<String, T> lookup, String key, String what) {
    T found = lookup.apply(key);
    if (found == null) {
      throw new IllegalStateException("demo catalogue: no " + what + " " + key);
    }
    return found;
  }
}
