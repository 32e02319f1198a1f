package gov.approval.catalogue.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The national item type codes and the one-column storage of small enum sets. */
class CatalogueValuesTest {

  @Test
  void itemTypesCarryTheNationalCodes() {
    assertThat(Stream.of(ItemType.values()).map(ItemType::code))
        .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "20");
    assertThat(ItemType.fromCode("01")).contains(ItemType.LICENSING);
    assertThat(ItemType.fromCode("20")).contains(ItemType.PUBLIC_SERVICE);
    assertThat(ItemType.fromCode("11")).isEmpty();
    assertThat(ItemType.LICENSING.labelKey()).isEqualTo("ItemType.LICENSING");
  }

  @Test
  void itemTypeIsStoredAsItsCode() {
    ItemTypeConverter converter = new ItemTypeConverter();

    assertThat(converter.convertToDatabaseColumn(ItemType.OTHER_POWER)).isEqualTo("10");
    assertThat(converter.convertToEntityAttribute("10")).isEqualTo(ItemType.OTHER_POWER);
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }

  @Test
  void enumSetsRoundTripThroughOneSortedColumn() {
    DeliveryModesConverter converter = new DeliveryModesConverter();

    String column =
        converter.convertToDatabaseColumn(EnumSet.of(DeliveryMode.POST, DeliveryMode.WINDOW));

    assertThat(column).isEqualTo("WINDOW,POST");
    assertThat(converter.convertToEntityAttribute(column))
        .containsExactlyInAnyOrder(DeliveryMode.WINDOW, DeliveryMode.POST);
    assertThat(converter.convertToEntityAttribute("")).isEmpty();
    assertThat(new ServiceObjectsConverter().convertToDatabaseColumn(Set.of())).isEmpty();
  }

  @Test
  void onlyOptionalMaterialsAreNotRequired() {
    assertThat(MaterialNecessity.MANDATORY.isRequired()).isTrue();
    assertThat(MaterialNecessity.DEFERRABLE.isRequired()).isTrue();
    assertThat(MaterialNecessity.OPTIONAL.isRequired()).isFalse();
  }
}
