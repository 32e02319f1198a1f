package gov.approval.it.container;

import static gov.approval.it.support.TestItems.licence;
import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.NewItem;
import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicItemFilter;
import gov.approval.catalogue.boundary.PublicItemRow;
import gov.approval.catalogue.boundary.ReformDecisionForm;
import gov.approval.catalogue.boundary.ReformDecisionRow;
import gov.approval.catalogue.boundary.ReformRoundForm;
import gov.approval.catalogue.boundary.ReformService;
import gov.approval.catalogue.control.PublishedCatalogueCache;
import gov.approval.catalogue.entity.ReformOutcome;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.Unique;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.PageRequest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cache of the public catalogue pages forgets what it holds as soon as published data changes,
 * whichever boundary changes it: publication by a reviewer, suspension, a reform round's execution.
 * What a reader took from the database while a change was being committed is never stored, so a
 * published item is found at once and an ended one is gone at once.
 */
@ExtendWith(ArquillianExtension.class)
class PublishedCatalogueCacheIT {

  private static final String HANZI = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川河海";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(PublishedCatalogueCacheIT.class);
  }

  @Inject PublishedCatalogueCache cache;
  @Inject PublicCatalogue publicCatalogue;
  @Inject CatalogueService catalogue;
  @Inject ReformService reforms;
  @Inject DepartmentService departments;
  @Inject SwitchUser switchUser;

  @Test
  @ActAs("fgw.chief")
  void publishingShowsTheItemAtOnceAndEndingItRemovesItAtOnce() {
    String name = uniqueName("缓存测试许可");
    DraftSaved created = catalogue.create(newItem(name));
    long inReview = catalogue.submitForReview(created.itemId(), created.version());
    assertThat(search(name)).as("a draft is not public").isEmpty();
    long readBeforePublication = cache.generation();
    cache.put("search " + name, readBeforePublication, List.of(), 1);
    assertThat(cache.get("search " + name, List.class)).isPresent();

    switchUser.to("fgw.head");
    long published = catalogue.approve(created.itemId(), inReview);

    assertThat(cache.get("search " + name, List.class)).as("forgotten on publication").isEmpty();
    cache.put("search " + name, readBeforePublication, List.of(), 1);
    assertThat(cache.get("search " + name, List.class))
        .as("a result read before the publication is not stored")
        .isEmpty();
    assertThat(search(name)).extracting(PublicItemRow::name).containsExactly(name);

    cache.put("search " + name, cache.generation(), List.of(), 1);
    catalogue.suspend(created.itemId(), published, "系统维护");
    assertThat(cache.get("search " + name, List.class)).as("forgotten on suspension").isEmpty();

    cache.put("search " + name, cache.generation(), List.of(), 1);
    switchUser.to("halladmin");
    Long round =
        reforms.createRound(
            new ReformRoundForm(
                "缓存测试轮次" + Unique.digits(8), LocalDate.of(2017, 3, 1), "渭政发〔2017〕3号"));
    reforms.decide(
        new ReformDecisionForm(
            round, created.itemId(), ReformOutcome.CANCEL, null, null, null, null));
    ReformDecisionRow decision = reforms.decisions(round, PageRequest.of(0, 10)).rows().get(0);
    reforms.apply(decision.id(), decision.version());

    assertThat(cache.get("search " + name, List.class))
        .as("forgotten when the round ends the item")
        .isEmpty();
    assertThat(search(name)).as("an ended item leaves the list").isEmpty();
  }

  private List<PublicItemRow> search(String name) {
    return publicCatalogue
        .page(new PageRequest(0, 20, null, true, name), PublicItemFilter.NONE)
        .rows();
  }

  private NewItem newItem(String name) {
    return new NewItem(
        "01" + Unique.digits(8),
        departments.idOfCode("FGW"),
        RegionLevel.CITY,
        Set.of(listId("APPROVAL")),
        licence(name));
  }

  private Long listId(String code) {
    return catalogue.lists().stream()
        .filter(l -> l.code().equals(code))
        .map(ItemListRow::id)
        .findFirst()
        .orElseThrow();
  }

  private static String uniqueName(String base) {
    StringBuilder name = new StringBuilder(base).append('（');
    for (int i = 0; i < 6; i++) {
      name.append(HANZI.charAt(ThreadLocalRandom.current().nextInt(HANZI.length())));
    }
    return name.append('）').toString();
  }
}
