package gov.approval.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.organisation.entity.RegionLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemQueryTest {

  @Test
  void readsEveryParameter() {
    ItemQuery.Parsed parsed =
        ItemQuery.parse(
            Map.of(
                    "q", " 食品 ",
                    "dept", "syj",
                    "theme", "individual",
                    "level", "CITY",
                    "online", "full",
                    "type", "01",
                    "list", "approval",
                    "page", "3",
                    "size", "10",
                    "sort", "-name")
                ::get);

    assertThat(parsed.valid()).isTrue();
    ItemQuery query = parsed.query();
    assertThat(query.search()).isEqualTo("食品");
    assertThat(query.filter().departmentCode()).isEqualTo("SYJ");
    assertThat(query.filter().listCode()).isEqualTo("APPROVAL");
    assertThat(query.filter().theme()).isEqualTo(ServiceObject.INDIVIDUAL);
    assertThat(query.filter().regionLevel()).isEqualTo(RegionLevel.CITY);
    assertThat(query.filter().onlineLevel()).isEqualTo(OnlineLevel.FULL);
    assertThat(query.filter().type()).isEqualTo(ItemType.LICENSING);
    assertThat(query.pageRequest().first()).isEqualTo(20);
    assertThat(query.pageRequest().size()).isEqualTo(10);
    assertThat(query.sort()).isEqualTo("name");
    assertThat(query.ascending()).isFalse();
  }

  @Test
  void noParametersMeanTheFirstPageOfEverything() {
    ItemQuery.Parsed parsed = ItemQuery.parse(name -> null);

    assertThat(parsed.valid()).isTrue();
    assertThat(parsed.query().page()).isEqualTo(1);
    assertThat(parsed.query().size()).isEqualTo(ItemQuery.DEFAULT_SIZE);
    assertThat(parsed.query().filter().theme()).isNull();
    assertThat(parsed.query().search()).isNull();
  }

  @Test
  void typeByName() {
    assertThat(ItemQuery.parse(Map.of("type", "public_service")::get).query().filter().type())
        .isEqualTo(ItemType.PUBLIC_SERVICE);
  }

  @Test
  void everyBadValueIsAProblemAndLeftOut() {
    ItemQuery.Parsed parsed =
        ItemQuery.parse(
            Map.of(
                    "theme", "aliens",
                    "level", "PROVINCE",
                    "online", "x",
                    "type", "99",
                    "dept", "a b",
                    "page", "0",
                    "size", "1000",
                    "sort", "colour",
                    "q", "字".repeat(65))
                ::get);

    assertThat(parsed.problems())
        .extracting(ItemQuery.Problem::parameter)
        .containsExactlyInAnyOrder(
            "q", "dept", "theme", "level", "online", "type", "page", "size", "sort");
    assertThat(parsed.query().filter().theme()).isNull();
    assertThat(parsed.query().page()).isEqualTo(1);
    assertThat(parsed.query().size()).isEqualTo(ItemQuery.DEFAULT_SIZE);
    assertThat(parsed.query().search()).isNull();
  }
}
