package gov.approval.web.staff.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ContentChangesTest {

  private static final ItemContent PUBLISHED =
      ItemContent.builder()
          .name("取水许可")
          .type(ItemType.LICENSING)
          .conditions("取水工程符合规划")
          .material(
              new ItemMaterial(
                  "取水申请书", MaterialForm.ORIGINAL, 1, MaterialNecessity.MANDATORY, null, null))
          .limits(CaseKind.PROMISED, 45, 20)
          .build();

  @Test
  void theSameContentHasNoChange() {
    assertThat(ContentChanges.between(PUBLISHED, PUBLISHED.toBuilder().build())).isEmpty();
  }

  @Test
  void changedPartsAreNamedInTheOrderOfTheTabs() {
    ItemContent revised =
        PUBLISHED.toBuilder()
            .conditions("取水工程符合水资源规划")
            .limits(CaseKind.PROMISED, 45, 15)
            .materials(java.util.List.of())
            .build();

    assertThat(ContentChanges.between(PUBLISHED, revised))
        .containsExactly(
            "staff_catalogue_item.conditions",
            "staff_catalogue_item.tabMaterials",
            "staff_catalogue_item.limits");
  }

  @Test
  void aFirstVersionChangesEverythingAndNoVersionNothing() {
    assertThat(ContentChanges.between(null, PUBLISHED)).hasSize(17);
    assertThat(ContentChanges.between(PUBLISHED, null)).isEmpty();
  }

  @Test
  void everyPartHasALabelInBothLanguages() {
    for (String locale : new String[] {"zh_CN", "en"}) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "gov.approval.web.i18n.Messages",
              java.util.Locale.forLanguageTag(locale.replace('_', '-')));
      assertThat(ContentChanges.between(null, PUBLISHED)).allMatch(bundle::containsKey);
    }
  }
}
