package gov.approval.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerTest {

  @Test
  void linksKeepTheParametersAndChangeOnlyThePage() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("q", "食品 经营");
    parameters.put("dept", "SYJ");
    parameters.put("theme", null);
    Pager pager = new Pager("/approval/items.xhtml", parameters, 2, 95, 20);

    assertThat(pager.getPages()).isEqualTo(5);
    assertThat(pager.getPrevious())
        .isEqualTo("/approval/items.xhtml?q=%E9%A3%9F%E5%93%81+%E7%BB%8F%E8%90%A5&dept=SYJ");
    assertThat(pager.getNext()).endsWith("&dept=SYJ&page=3");
  }

  @Test
  void showsTheEndsAndThePagesAroundTheCurrentOneWithGaps() {
    Pager pager = new Pager("/p", Map.of(), 10, 400, 20);

    assertThat(pager.getLinks())
        .extracting(Pager.Link::number)
        .containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
    assertThat(pager.getLinks())
        .filteredOn(Pager.Link::current)
        .extracting(Pager.Link::number)
        .containsExactly(10);
  }

  @Test
  void anEmptyListIsOnePageWithoutLinks() {
    Pager pager = new Pager("/p", Map.of(), 7, 0, 20);

    assertThat(pager.getPage()).isEqualTo(1);
    assertThat(pager.isPaged()).isFalse();
    assertThat(pager.getPrevious()).isNull();
    assertThat(pager.getNext()).isNull();
  }
}
