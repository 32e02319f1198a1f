package gov.approval.catalogue.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.SearchTerms;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index of the public list answers as the database query did: the same filters, the
 * same bigram search with one-character searches on names, the same sorts with ties by id, the same
 * paging and totals.
 */
class PublicItemSnapshotTest {

  private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

  private final PublicItemSnapshot index =
      new PublicItemSnapshot(
          7,
          0,
          List.of(
              item(
                  4,
                  "A04",
                  "食品经营许可",
                  ItemType.LICENSING,
                  "SCJG",
                  RegionLevel.CITY,
                  OnlineLevel.FULL,
                  true,
                  true,
                  T.plusSeconds(40),
                  Set.of("APPROVAL"),
                  "食品 经营"),
              item(
                  2,
                  "A02",
                  "食品生产许可",
                  ItemType.LICENSING,
                  "SCJG",
                  RegionLevel.COUNTY,
                  OnlineLevel.PARTIAL,
                  false,
                  true,
                  T.plusSeconds(20),
                  Set.of("APPROVAL", "SERVICE"),
                  ""),
              item(
                  9,
                  "B01",
                  "户口迁移",
                  ItemType.PUBLIC_SERVICE,
                  "GAJ",
                  RegionLevel.COUNTY,
                  OnlineLevel.NONE,
                  true,
                  false,
                  T.plusSeconds(90),
                  Set.of("SERVICE"),
                  "落户"),
              item(
                  1,
                  "C01",
                  "排污许可",
                  ItemType.LICENSING,
                  "HBJ",
                  RegionLevel.CITY,
                  OnlineLevel.FULL,
                  false,
                  true,
                  T.plusSeconds(20),
                  Set.of("APPROVAL"),
                  "")));

  @Test
  void withoutFiltersEveryItemIsListedByCodeThenId() {
    Page<PublicItemRow> page = index.page(PageRequest.of(0, 20), PublicItemFilter.NONE);
    assertThat(codes(page)).containsExactly("A02", "A04", "B01", "C01");
    assertThat(page.total()).isEqualTo(4);
  }

  @Test
  void filtersNarrowByDepartmentTypeLevelsListAndTheme() {
    assertThat(codes(filtered(new PublicItemFilter(null, "SCJG", null, null, null, null))))
        .containsExactly("A02", "A04");
    assertThat(codes(filtered(new PublicItemFilter("SERVICE", null, null, null, null, null))))
        .containsExactly("A02", "B01");
    assertThat(
            codes(
                filtered(
                    new PublicItemFilter(
                        "APPROVAL",
                        null,
                        ServiceObject.ENTERPRISE,
                        RegionLevel.CITY,
                        OnlineLevel.FULL,
                        ItemType.LICENSING))))
        .containsExactly("A04", "C01");
    assertThat(
            codes(
                filtered(
                    new PublicItemFilter(null, null, ServiceObject.INDIVIDUAL, null, null, null))))
        .containsExactly("A04", "B01");
  }

  @Test
  void aFilterValueNoItemHasListsNothing() {
    assertThat(filtered(new PublicItemFilter(null, "NOPE", null, null, null, null)).total())
        .isZero();
    assertThat(filtered(new PublicItemFilter("NOPE", null, null, null, null, null)).total())
        .isZero();
  }

  @Test
  void searchFindsSubstringsOfNamesAndKeywordsByTheirBigrams() {
    assertThat(codes(searched("食品"))).containsExactly("A02", "A04");
    assertThat(codes(searched("经营许可"))).containsExactly("A04");
    assertThat(codes(searched("落户"))).as("a keyword").containsExactly("B01");
    assertThat(codes(searched("许可证"))).as("a bigram no item holds").isEmpty();
  }

  @Test
  void aOneCharacterSearchLooksForTheCharacterInNames() {
    assertThat(codes(searched("污"))).containsExactly("C01");
    assertThat(codes(searched("许"))).containsExactly("A02", "A04", "C01");
    assertThat(codes(searched("落"))).as("keywords are searched by bigrams only").isEmpty();
  }

  @Test
  void sortsInBothDirectionsBreakTiesByIdAscending() {
    assertThat(codes(sorted("updated", true))).containsExactly("C01", "A02", "A04", "B01");
    assertThat(codes(sorted("updated", false))).containsExactly("B01", "A04", "C01", "A02");
    assertThat(codes(sorted("department", true))).containsExactly("B01", "C01", "A02", "A04");
    assertThat(codes(sorted("type", false))).containsExactly("B01", "C01", "A02", "A04");
    assertThat(codes(sorted("colour", false)))
        .as("an unknown key sorts by code")
        .containsExactly("C01", "B01", "A04", "A02");
  }

  @Test
  void pagesSkipAndTakeInTheSortedOrderWithTheTotalOfAllMatches() {
    Page<PublicItemRow> second =
        index.page(new PageRequest(1, 2, "name", true, null), PublicItemFilter.NONE);
    assertThat(second.total()).isEqualTo(4);
    assertThat(second.rows()).extracting(PublicItemRow::name).containsExactly("排污许可", "食品生产许可");
    assertThat(index.page(new PageRequest(4, 2, null, true, null), PublicItemFilter.NONE).rows())
        .isEmpty();
  }

  private Page<PublicItemRow> filtered(PublicItemFilter filter) {
    return index.page(PageRequest.of(0, 20), filter);
  }

  private Page<PublicItemRow> searched(String text) {
    return index.page(new PageRequest(0, 20, null, true, text), PublicItemFilter.NONE);
  }

  private Page<PublicItemRow> sorted(String key, boolean ascending) {
    return index.page(new PageRequest(0, 20, key, ascending, null), PublicItemFilter.NONE);
  }

  private static List<String> codes(Page<PublicItemRow> page) {
    return page.rows().stream().map(PublicItemRow::implementationCode).toList();
  }

  private static PublicItemSnapshot.Entry item(
      long id,
      String code,
      String name,
      ItemType type,
      String department,
      RegionLevel level,
      OnlineLevel online,
      boolean individuals,
      boolean enterprises,
      Instant updated,
      Set<String> lists,
      String keywords) {
    return new PublicItemSnapshot.Entry(
        id,
        new PublicItemRow(
            code,
            name,
            type,
            department,
            department + "名称",
            level,
            online,
            VersionStatus.PUBLISHED),
        individuals,
        enterprises,
        updated,
        lists,
        SearchTerms.of(name, keywords));
  }
}
