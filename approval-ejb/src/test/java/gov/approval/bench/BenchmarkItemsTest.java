package gov.approval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.catalogue.entity.CatalogueRules;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.demo.CatalogueDemoItems;
import gov.approval.demo.CatalogueDemoItems.ItemSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchmarkItemsTest {

  private static final List<ItemSpec> TEN_THOUSAND = BenchmarkItems.variants(10_000);

  @Test
  void tenThousandVariantsHaveDistinctCodesPerDepartmentAndLevelAndNoneCollidesWithTheDemo() {
    Set<String> keys = new HashSet<>();
    for (ItemSpec demo : CatalogueDemoItems.items()) {
      keys.add(demo.key() + "/" + demo.level());
    }
    for (ItemSpec variant : TEN_THOUSAND) {
      assertThat(keys.add(variant.key() + "/" + variant.level())).as(variant.key()).isTrue();
      assertThat(variant.basicCode()).matches("\\d{10}").doesNotEndWith("000");
    }
    assertThat(TEN_THOUSAND).hasSize(10_000);
  }

  @Test
  void variantsAreNamedLikeSubItemsWithinTheNameLength() {
    assertThat(TEN_THOUSAND.get(0).content().name()).endsWith("（新办）");
    assertThat(TEN_THOUSAND)
        .allSatisfy(
            v -> assertThat(v.content().name()).hasSizeLessThanOrEqualTo(ItemVersion.NAME_LENGTH));
  }

  @Test
  void variantsKeepTheDemoContentSoTheyPassThePublicationRules() {
    assertThat(TEN_THOUSAND.subList(0, 400))
        .allSatisfy(
            v -> assertThat(CatalogueRules.check(v.basicCode(), v.content(), null)).isEmpty());
  }

  @Test
  void refusesMoreVariantsThanSubItemNumbersAllow() {
    int max = CatalogueDemoItems.items().size() * 999;
    assertThatThrownBy(() -> BenchmarkItems.variants(max + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
