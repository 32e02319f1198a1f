package gov.approval.catalogue.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bigrams that make Chinese substring search an indexed lookup. */
class SearchTermsTest {

  @Test
  void aNameGivesEveryPairOfAdjacentCharacters() {
    assertThat(SearchTerms.of("食品经营许可")).containsExactly("食品", "品经", "经营", "营许", "许可");
  }

  @Test
  void separatorsSplitAndLatinIsLowerCased() {
    assertThat(SearchTerms.of("ICP 备案，网站")).containsExactly("ic", "cp", "备案", "网站");
  }

  @Test
  void everyTextOfTheItemCountsOnce() {
    assertThat(SearchTerms.of("食品经营", null, "经营 餐饮")).containsExactly("食品", "品经", "经营", "餐饮");
  }

  @Test
  void aSubstringOfTheNameNeedsOnlyTermsTheNameHas() {
    assertThat(SearchTerms.of("食品经营许可")).containsAll(SearchTerms.ofQuery(" 经营许可 "));
  }

  @Test
  void aOneCharacterQueryHasNoTerm() {
    assertThat(SearchTerms.ofQuery("证")).isEmpty();
    assertThat(SearchTerms.ofQuery(null)).isEmpty();
  }
}
