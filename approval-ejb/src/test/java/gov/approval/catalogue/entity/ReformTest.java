package gov.approval.catalogue.entity;

import static gov.approval.catalogue.entity.CatalogueFixture.foodLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.BusinessException;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Reform rounds: what each outcome does to the item, the history row it leaves under the round, and
 * the decisions that cannot be carried out.
 */
class ReformTest {

  private final CatalogueFixture catalogue = new CatalogueFixture();
  private final ReformRound round =
      new ReformRound(
          "2016年第一批行政审批制度改革", LocalDate.of(2016, 4, 20), "渭政发〔2016〕12号", CatalogueFixture.NOW);

  private static void assertRefused(ThrowingCallable action, String messageKey) {
    assertThatThrownBy(action)
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
  }

  private static ItemChange lastChange(ServiceItem item) {
    return item.getHistory().get(item.getHistory().size() - 1);
  }

  private ReformDecision decide(ServiceItem item, ReformOutcome outcome) {
    return round.decide(item, outcome, null, null, null, "经市政府常务会议研究决定");
  }

  @Test
  void cancellingEndsTheItemAndItsVersions() {
    ServiceItem item = catalogue.publishedItem();
    ItemVersion published = item.findPublished().orElseThrow();
    ItemVersion draft = item.startNewDraft(catalogue.chief, catalogue.later());
    ReformDecision decision = decide(item, ReformOutcome.CANCEL);
    assertThat(decision.newImplementationCode()).as("the code stays with the ended item").isEmpty();

    decision.apply(catalogue.hallAdmin, catalogue.later());

    assertThat(item.getStatus()).isEqualTo(VersionStatus.ENDED);
    assertThat(published.getStatus()).isEqualTo(VersionStatus.ENDED);
    assertThat(published.getRetiredAt()).isNotNull();
    assertThat(draft.getStatus()).isEqualTo(VersionStatus.ENDED);
    assertThat(item.findWorking()).isEmpty();
    assertThat(item.findPublished())
        .as("the last governing version stays known")
        .containsSame(published);
    ItemChange change = lastChange(item);
    assertThat(change.getKind()).isEqualTo(ItemChangeKind.CANCELLED);
    assertThat(change.getRound()).isSameAs(round);
    assertThat(change.getActor()).isEqualTo("halladmin");
    assertThat(change.getSummary()).isEqualTo("经市政府常务会议研究决定");
    assertThat(decision.isApplied()).isTrue();
    assertThat(decision.getAppliedBy()).isEqualTo("halladmin");

    assertRefused(
        () -> item.startNewDraft(catalogue.chief, catalogue.later()), "catalogue.item.ended");
    assertRefused(
        () -> decision.apply(catalogue.hallAdmin, catalogue.later()),
        "catalogue.reform.alreadyApplied");
    assertRefused(() -> decide(item, ReformOutcome.KEEP), "catalogue.item.ended");
  }

  @Test
  void delegatingMovesTheItemToTheCountyListsWithANewCode() {
    ServiceItem item = catalogue.publishedItem();
    ReformDecision decision =
        round.decide(
            item, ReformOutcome.DELEGATE, RegionLevel.COUNTY, catalogue.health, null, null);
    assertThat(decision.getTargetDepartment()).as("only a transfer names a department").isNull();
    assertThat(decision.newImplementationCode()).contains("01001010006105004SCJG");

    decision.apply(catalogue.hallAdmin, catalogue.later());

    assertThat(item.getRegionLevel()).isEqualTo(RegionLevel.COUNTY);
    assertThat(item.getImplementationCode()).isEqualTo("01001010006105004SCJG");
    assertThat(item.getStatus())
        .as("still published, now exercised by the counties")
        .isEqualTo(VersionStatus.PUBLISHED);
    ItemChange change = lastChange(item);
    assertThat(change.getKind()).isEqualTo(ItemChangeKind.DELEGATED);
    assertThat(change.getSummary())
        .isEqualTo("CITY 01001010006105003SCJG → COUNTY 01001010006105004SCJG");
    assertThat(change.getImplementationCode()).isEqualTo("01001010006105004SCJG");
  }

  @Test
  void delegatingNeedsALowerLevel() {
    ServiceItem item = catalogue.publishedItem();

    assertRefused(
        () -> round.decide(item, ReformOutcome.DELEGATE, RegionLevel.CITY, null, null, null),
        "catalogue.reform.delegateNotLower");
    assertRefused(
        () -> round.decide(item, ReformOutcome.DELEGATE, null, null, null, null),
        "catalogue.reform.targetRequired");
  }

  @Test
  void transferringGivesTheItemToAnotherDepartmentWithANewCode() {
    ServiceItem item = catalogue.publishedItem();
    ReformDecision decision =
        round.decide(item, ReformOutcome.TRANSFER, null, catalogue.health, null, "职能划转");
    assertThat(decision.newImplementationCode()).contains("01001010006105003WJW");

    decision.apply(catalogue.hallAdmin, catalogue.later());

    assertThat(item.getDepartment()).isSameAs(catalogue.health);
    assertThat(item.getImplementationCode()).isEqualTo("01001010006105003WJW");
    ItemChange change = lastChange(item);
    assertThat(change.getKind()).isEqualTo(ItemChangeKind.TRANSFERRED);
    assertThat(change.getSummary())
        .isEqualTo("SCJG 01001010006105003SCJG → WJW 01001010006105003WJW; 职能划转");
  }

  @Test
  void transferringNeedsAnotherActiveDepartment() {
    ServiceItem item = catalogue.publishedItem();

    assertRefused(
        () -> round.decide(item, ReformOutcome.TRANSFER, null, catalogue.market, null, null),
        "catalogue.reform.transferSameDepartment");
    assertRefused(
        () -> round.decide(item, ReformOutcome.TRANSFER, null, null, null, null),
        "catalogue.reform.targetRequired");

    ReformDecision decision =
        round.decide(item, ReformOutcome.TRANSFER, null, catalogue.health, null, null);
    catalogue.health.deactivate();
    assertRefused(
        () -> decision.apply(catalogue.hallAdmin, catalogue.later()),
        "catalogue.item.departmentInactive");
    assertThat(item.getDepartment()).isSameAs(catalogue.market);
  }

  @Test
  void mergingEndsTheItemAndRecordsItOnBoth() {
    ServiceItem item = catalogue.publishedItem();
    ServiceItem target =
        ServiceItem.create(
            "0100102000",
            catalogue.market,
            RegionLevel.CITY,
            List.of(catalogue.approvalList),
            foodLicence().name("食品生产经营许可").build(),
            catalogue.chief,
            catalogue.later());
    ReformDecision decision = round.decide(item, ReformOutcome.MERGE, null, null, target, null);

    decision.apply(catalogue.hallAdmin, catalogue.later());

    assertThat(item.getStatus()).isEqualTo(VersionStatus.ENDED);
    assertThat(item.findMergedInto()).containsSame(target);
    assertThat(lastChange(item).getKind()).isEqualTo(ItemChangeKind.MERGED);
    assertThat(lastChange(target).getKind()).isEqualTo(ItemChangeKind.ABSORBED);
    assertThat(lastChange(target).getRound()).isSameAs(round);
    assertThat(lastChange(target).getSummary())
        .isEqualTo("01001010006105003SCJG → 01001020006105003SCJG");
    assertThat(target.getStatus())
        .as("the absorbing item is unchanged")
        .isEqualTo(VersionStatus.DRAFT);
  }

  @Test
  void mergingNeedsAnotherLiveItem() {
    ServiceItem item = catalogue.publishedItem();
    ServiceItem ended = catalogue.publishedItem();
    decide(ended, ReformOutcome.CANCEL).apply(catalogue.hallAdmin, catalogue.later());

    assertRefused(
        () -> round.decide(item, ReformOutcome.MERGE, null, null, item, null),
        "catalogue.reform.mergeIntoItself");
    assertRefused(
        () -> round.decide(item, ReformOutcome.MERGE, null, null, ended, null),
        "catalogue.reform.mergeTargetEnded");
    assertRefused(
        () -> round.decide(item, ReformOutcome.MERGE, null, null, null, null),
        "catalogue.reform.targetRequired");
  }

  @Test
  void keepingChangesNothingButIsRecorded() {
    ServiceItem item = catalogue.publishedItem();
    String code = item.getImplementationCode();

    decide(item, ReformOutcome.KEEP).apply(catalogue.hallAdmin, catalogue.later());

    assertThat(item.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
    assertThat(item.getImplementationCode()).isEqualTo(code);
    ItemChange change = lastChange(item);
    assertThat(change.getKind()).isEqualTo(ItemChangeKind.KEPT);
    assertThat(change.getKind().isVisibleToPublic()).isTrue();
    assertThat(change.getRound()).isSameAs(round);
  }
}
