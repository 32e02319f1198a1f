package gov.approval.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;

/** The region tree an administrator builds: city, county, town, village. */
class RegionTest {

  private final Region city = Region.city("610500000000", "渭南市");

  @Test
  void cityIsTheRoot() {
    assertThat(city.getLevel()).isEqualTo(RegionLevel.CITY);
    assertThat(city.getParent()).isNull();
    assertThat(city.isActive()).isTrue();
  }

  @Test
  void eachChildIsOneLevelBelowItsParent() {
    Region county = city.addChild("610502000000", "临渭区");
    Region town = county.addChild("610502001000", "杜桥街道");
    Region village = town.addChild("610502001001", "站南社区");

    assertThat(county.getLevel()).isEqualTo(RegionLevel.COUNTY);
    assertThat(county.getParent()).isSameAs(city);
    assertThat(town.getLevel()).isEqualTo(RegionLevel.TOWN);
    assertThat(town.getParent()).isSameAs(county);
    assertThat(village.getLevel()).isEqualTo(RegionLevel.VILLAGE);
    assertThat(village.getParent()).isSameAs(town);
    assertThat(village.getCode()).isEqualTo("610502001001");
    assertThat(village.getName()).isEqualTo("站南社区");
    assertThat(village.isActive()).isTrue();
  }

  @Test
  void villageCannotHaveChildren() {
    Region village =
        city.addChild("610502000000", "临渭区")
            .addChild("610502001000", "杜桥街道")
            .addChild("610502001001", "站南社区");

    assertThatThrownBy(() -> village.addChild("610502001001", "某小组"))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("organisation.region.noLevelBelow");
  }

  @Test
  void noRegionCanBeAddedUnderAnInactiveOne() {
    Region county = city.addChild("610502000000", "临渭区");
    county.deactivate();

    assertThatThrownBy(() -> county.addChild("610502001000", "杜桥街道"))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("organisation.region.parentInactive");
              assertThat(e.getArguments()).containsExactly("临渭区");
            });
  }

  @Test
  void regionCannotBeActivatedWhileItsParentIsInactive() {
    Region county = city.addChild("610502000000", "临渭区");
    county.deactivate();
    city.deactivate();

    assertThatThrownBy(county::activate)
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("organisation.region.parentInactive"));
    assertThat(county.isActive()).isFalse();

    city.activate();
    county.activate();
    assertThat(county.isActive()).isTrue();
  }

  @Test
  void levelBelowFollowsTheTree() {
    assertThat(RegionLevel.CITY.below()).contains(RegionLevel.COUNTY);
    assertThat(RegionLevel.COUNTY.below()).contains(RegionLevel.TOWN);
    assertThat(RegionLevel.TOWN.below()).contains(RegionLevel.VILLAGE);
    assertThat(RegionLevel.VILLAGE.below()).isEmpty();
  }
}
