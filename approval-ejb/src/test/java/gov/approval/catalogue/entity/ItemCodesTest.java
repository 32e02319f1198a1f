package gov.approval.catalogue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.Region;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.organisation.entity.ServiceHall;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The implementation code rule documented on {@link ItemCodes}. */
class ItemCodesTest {

  private final CatalogueFixture catalogue = new CatalogueFixture();

  @Test
  void basicCodeThenDivisionThenLevelThenDepartment() {
    String code = ItemCodes.implementationCode("0100101000", catalogue.market, RegionLevel.CITY);

    assertThat(code).isEqualTo("0100101000" + "610500" + "3" + "SCJG");
  }

  @Test
  void levelsFollowTheNationalLevelCodes() {
    assertThat(List.of(RegionLevel.values()))
        .extracting(ItemCodes::levelCode)
        .containsExactly('3', '4', '5', '6');
  }

  @Test
  void aCountyDepartmentUsesItsCountysDivisionCode() {
    assertThat(ItemCodes.implementationCode("2000301000", catalogue.countyMarket, RegionLevel.TOWN))
        .isEqualTo("2000301000" + "610502" + "5" + "LWSCJG");
  }

  @Test
  void codesAreBetweenNineteenAndThirtyThreeCharacters() {
    Region city = Region.city("610500000000", "渭南市");
    ServiceHall hall = new ServiceHall(city, "大厅");
    Department shortest = new Department("AB", "甲局", "甲局", city, hall);
    Department longest = new Department("ABCDEFGHIJ123456", "乙局", "乙局", city, hall);

    assertThat(ItemCodes.implementationCode("0100101000", shortest, RegionLevel.CITY)).hasSize(19);
    assertThat(ItemCodes.implementationCode("0100101000", longest, RegionLevel.VILLAGE))
        .hasSize(ItemCodes.IMPLEMENTATION_CODE_LENGTH);
  }

  @Test
  void changingAnyPartChangesTheCode() {
    Set<String> codes = new HashSet<>();
    codes.add(ItemCodes.implementationCode("0100101000", catalogue.market, RegionLevel.CITY));
    codes.add(ItemCodes.implementationCode("0100101001", catalogue.market, RegionLevel.CITY));
    codes.add(ItemCodes.implementationCode("0100101000", catalogue.health, RegionLevel.CITY));
    codes.add(ItemCodes.implementationCode("0100101000", catalogue.market, RegionLevel.COUNTY));
    codes.add(
        ItemCodes.implementationCode("0100101000", catalogue.countyMarket, RegionLevel.COUNTY));

    assertThat(codes).hasSize(5);
  }

  @Test
  void aBasicCodeMustBeTenDigits() {
    for (String bad : List.of("010010100", "01001010000", "01001O1000")) {
      assertThatThrownBy(
              () -> ItemCodes.implementationCode(bad, catalogue.market, RegionLevel.CITY))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
