package gov.approval.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.ChangeRow;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.ItemDetails;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.NewItem;
import gov.approval.catalogue.boundary.ReformDecisionForm;
import gov.approval.catalogue.boundary.ReformDecisionRow;
import gov.approval.catalogue.boundary.ReformRoundForm;
import gov.approval.catalogue.boundary.ReformService;
import gov.approval.catalogue.entity.ItemChangeKind;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.ReformOutcome;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestItems;
import gov.approval.it.support.Unique;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reform rounds in the real server: the hall office records a round and its decisions and carries
 * them out; each changes its item and appears in the public changelog under the round. Items are
 * drafted by a department (public services, which need no minimum process) with random codes.
 */
@ExtendWith(ArquillianExtension.class)
class ReformBoundaryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(ReformBoundaryIT.class);
  }

  @Inject ReformService reforms;
  @Inject CatalogueService catalogue;
  @Inject DepartmentService departments;
  @Inject SwitchUser switchUser;

  @Test
  @ActAs("fgw.head")
  void aRoundDelegatesOneItemAndCancelsAnotherAndTheChangelogListsBoth() {
    DraftSaved delegated = publishedItem("价格监测服务");
    DraftSaved cancelled = publishedItem("价格政策咨询");

    switchUser.to("halladmin");
    Long round =
        reforms.createRound(
            new ReformRoundForm(
                "测试改革轮次" + Unique.digits(8), LocalDate.of(2016, 4, 20), "渭政发〔2016〕12号"));
    Long delegation =
        reforms.decide(
            new ReformDecisionForm(
                round,
                delegated.itemId(),
                ReformOutcome.DELEGATE,
                RegionLevel.COUNTY,
                null,
                null,
                "下放县级实施"));
    Long cancellation =
        reforms.decide(
            new ReformDecisionForm(
                round, cancelled.itemId(), ReformOutcome.CANCEL, null, null, null, null));
    assertThatThrownBy(
            () ->
                reforms.decide(
                    new ReformDecisionForm(
                        round, cancelled.itemId(), ReformOutcome.KEEP, null, null, null, null)))
        .isInstanceOf(BusinessException.class)
        .hasMessage("catalogue.reform.alreadyDecided");

    List<ReformDecisionRow> decisions = reforms.decisions(round, PageRequest.of(0, 10)).rows();
    assertThat(decisions)
        .extracting(ReformDecisionRow::id)
        .containsExactly(delegation, cancellation);
    for (ReformDecisionRow decision : decisions) {
      reforms.apply(decision.id(), decision.version());
    }
    assertThat(reforms.rounds())
        .filteredOn(r -> r.id().equals(round))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.decisions()).isEqualTo(2);
              assertThat(r.applied()).isEqualTo(2);
            });

    ItemDetails moved = catalogue.details(delegated.itemId());
    assertThat(moved.regionLevel()).isEqualTo(RegionLevel.COUNTY);
    assertThat(moved.implementationCode()).endsWith("6105004FGW");
    ItemDetails ended = catalogue.details(cancelled.itemId());
    assertThat(ended.status()).isEqualTo(VersionStatus.ENDED);
    assertThat(ended.working()).as("its draft ended with it").isNull();
    assertThat(catalogue.version(cancelled.itemId(), 1).status()).isEqualTo(VersionStatus.ENDED);

    assertThat(catalogue.changelog(PageRequest.of(0, 10), null, round).rows())
        .extracting(ChangeRow::itemId, ChangeRow::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(delegated.itemId(), ItemChangeKind.DELEGATED),
            org.assertj.core.groups.Tuple.tuple(cancelled.itemId(), ItemChangeKind.CANCELLED));

    switchUser.to("fgw.head");
    assertThatThrownBy(
            () ->
                catalogue.saveDraft(
                    cancelled.itemId(),
                    ended.version(),
                    catalogue.version(cancelled.itemId(), 1).content()))
        .isInstanceOf(BusinessException.class)
        .hasMessage("catalogue.item.ended");
  }

  @Test
  @ActAs("fgw.head")
  void aDepartmentHeadCannotRunAReform() {
    assertThatThrownBy(
            () ->
                reforms.createRound(
                    new ReformRoundForm("越权改革" + Unique.digits(6), LocalDate.of(2016, 1, 1), "无")))
        .isInstanceOf(EJBAccessException.class);
    assertThat(reforms.rounds()).isNotNull();
  }

  private DraftSaved publishedItem(String name) {
    ItemContent content =
        // Complete enough to be published: the test licence, as a public service.
        TestItems.licence(name + Unique.digits(4)).toBuilder()
            .type(ItemType.PUBLIC_SERVICE)
            .build();
    // Published (drafted by the chief, approved by the head): changes of an item that was never
    // published are not public, and the changelog is what this test reads.
    switchUser.to("fgw.chief");
    DraftSaved created =
        catalogue.create(
            new NewItem(
                "20" + Unique.digits(8),
                departments.idOfCode("FGW"),
                RegionLevel.CITY,
                Set.of(listId()),
                content));
    long inReview = catalogue.submitForReview(created.itemId(), created.version());
    switchUser.to("fgw.head");
    catalogue.approve(created.itemId(), inReview);
    return created;
  }

  private Long listId() {
    return catalogue.lists().stream()
        .filter(l -> l.code().equals("PUBLIC_SERVICE"))
        .map(ItemListRow::id)
        .findFirst()
        .orElseThrow();
  }
}
