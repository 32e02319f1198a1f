package gov.approval.it.channels;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The portal home's sections as an anonymous visitor sees them, with the demo data. */
class PortalHomeIT {

  private final WebClient browser = new WebClient();

  @Test
  void lifeEventsListTheirItemsAndLinkToTheGuides() {
    Page home = browser.get("/");

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.html().select("#personEvents .life-event strong").eachText())
        .contains("生育落户", "婚姻登记", "就业创业", "住房置业", "社会保障");
    assertThat(home.html().select("#event-BIRTH a").eachText()).contains("出生登记");
    assertThat(home.html().select("#event-MARRIAGE a").eachText()).contains("内地居民结婚登记");
    assertThat(home.html().select("#enterpriseStages .life-event strong").eachText())
        .containsExactly("开办企业", "投资建设", "经营纳税", "注销退出");
    assertThat(home.html().select("#event-CLOSE a").eachText()).contains("公司注销登记");

    String guide = home.html().select("#event-MARRIAGE a").first().attr("href");
    Page marriage = browser.get(guide.substring(guide.indexOf("/item.xhtml")));
    assertThat(marriage.status()).isEqualTo(200);
    assertThat(marriage.text()).contains("内地居民结婚登记");
  }

  @Test
  void popularItemsAreThoseWithCases() {
    Page home = browser.get("/");

    assertThat(home.html().select("#popular li")).isNotEmpty();
    assertThat(home.html().select("#popular li .hint").eachText())
        .anyMatch(text -> text.contains("渭南市发展和改革委员会"))
        .allMatch(text -> text.matches(".* · \\d+ 件"));
  }

  @Test
  void departmentsNoticesAndMonthFiguresAreShown() {
    Page home = browser.get("/");

    assertThat(home.html().select("#departments a").eachText())
        .anyMatch(text -> text.startsWith("渭南市发展和改革委员会 ("));
    Element fgw = home.html().select("#departments a").first();
    assertThat(browser.get(fgw.attr("href").substring(fgw.attr("href").indexOf("/items"))).status())
        .isEqualTo(200);

    assertThat(home.html().select("#notices li")).isNotEmpty().hasSizeLessThanOrEqualTo(6);
    assertThat(home.html().select("#allChanges").attr("href")).endsWith("/changes.xhtml");

    assertThat(home.html().select("#monthFigures").text()).contains("本月办件公示", "年", "按期办结率");
    assertThat(home.html().select("#completed").text()).matches("\\d+");
    // The year as people write it: 2026年, not 2,026年.
    assertThat(home.html().select("#monthFigures .hint").first().text())
        .matches("\\d{4}年\\d{1,2}月");
    assertThat(home.html().select("#onTimeRate").text()).matches("\\d{1,3} %|—");
  }

  @Test
  void theSearchBoxSearchesTheCatalogue() {
    Page home = browser.get("/");
    assertThat(home.html().select("#itemSearch").attr("action")).endsWith("/items.xhtml");

    Page results = browser.get("/items.xhtml?q=%E7%BB%93%E5%A9%9A");
    assertThat(results.text()).contains("内地居民结婚登记");
  }

  @Test
  void theHomeSpeaksEnglishToo() {
    Page english =
        browser.submit(browser.get("/"), "portalHeaderForm", Map.of(), "portalHeaderForm:language");

    assertThat(english.html().select("#enterpriseStagesTitle").text()).isEqualTo("For enterprises");
    assertThat(english.html().select("#event-START strong").text())
        .isEqualTo("Starting a business");
    assertThat(english.html().select("#monthFiguresTitle").text())
        .isEqualTo("This month in figures");
  }

  @Test
  void theWeChatMenuPagesAnswer() {
    Page apply = browser.get("/wechat/apply.xhtml");
    assertThat(apply.status()).isEqualTo(200);
    assertThat(apply.html().select("#event-MARRIAGE a").eachText()).contains("内地居民结婚登记");

    Page services = browser.get("/wechat/services.xhtml");
    assertThat(services.html().select("#progressForm").attr("action")).endsWith("/progress.xhtml");
    assertThat(services.html().select("#halls strong").eachText()).contains("渭南市政务服务中心");

    Page consult = browser.get("/wechat/consult.xhtml");
    assertThat(consult.html().select("#askLink").attr("href")).endsWith("/my/questions.xhtml");

    Page centre = browser.get("/wechat/centre.xhtml");
    assertThat(centre.html().select("#centreLinks a").eachAttr("href"))
        .anyMatch(href -> href.endsWith("/my/notices.xhtml"));
    assertThat(browser.get("/my/questions.xhtml").uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void everyCitizenPageOffersTheElderMode() {
    Page home = browser.get("/");
    assertThat(home.html().select("#elderToggle").attr("aria-pressed")).isEqualTo("false");
    assertThat(home.html().select("script[src*=elder.js]")).isNotEmpty();
  }
}
