package gov.approval.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelectOptionsTest {

  @Test
  void writesTheOptionsWithTheCurrentValueSelected() {
    String html = new SelectOptions("FGW").add("", "全部").add("FGW", "发改委 (3)").html();

    assertThat(html)
        .isEqualTo(
            "<option value=\"\">全部</option>\n"
                + "<option value=\"FGW\" selected=\"selected\">发改委 (3)</option>\n");
  }

  @Test
  void withoutAValueNothingIsMarked() {
    assertThat(new SelectOptions(null).add("", "全部").add("A", "a").html())
        .doesNotContain("selected");
  }

  @Test
  void escapesValuesAndLabels() {
    assertThat(new SelectOptions("x").add("a\"b", "<script>&'").html())
        .isEqualTo("<option value=\"a&quot;b\">&lt;script&gt;&amp;&#39;</option>\n");
  }
}
