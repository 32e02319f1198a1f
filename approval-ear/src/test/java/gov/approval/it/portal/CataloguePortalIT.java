package gov.approval.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.JsonClient;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The public catalogue pages without login, on the demo catalogue: browse with filters in the
 * address, Chinese search, the item guide with its flowchart and online entry, the checklist PDF
 * and the changelog.
 */
class CataloguePortalIT {

  private final WebClient browser = new WebClient();
  private final JsonClient api = new JsonClient();

  @Test
  void theHomePageAndTheHeaderLinkToTheCatalogueAndTheChangelog() {
    Page home = browser.get("/");

    assertThat(home.html().select("#browseItems").attr("href")).endsWith("/items.xhtml");
    assertThat(home.html().select("#navItems").attr("href")).endsWith("/items.xhtml");
    assertThat(home.html().select("#navChanges").attr("href")).endsWith("/changes.xhtml");
  }

  @Test
  void filtersInTheAddressNarrowTheList() {
    Page all = browser.get("/items.xhtml");
    Page food = browser.get("/items.xhtml?dept=SYJ");
    Page foodOnline = browser.get("/items.xhtml?dept=SYJ&online=NONE&theme=ENTERPRISE");

    assertThat(all.status()).isEqualTo(200);
    assertThat(total(food)).isPositive().isLessThan(total(all));
    assertThat(total(foodOnline)).isLessThanOrEqualTo(total(food));
    assertThat(food.html().select(".item-department").eachText())
        .hasSizeGreaterThan(0)
        .allMatch(d -> d.equals(food.html().select(".item-department").first().text()));
    assertThat(food.html().select("select#dept option[selected]").attr("value")).isEqualTo("SYJ");
    // The filter selects are plain markup written by the page's bean: each shows the address's
    // choice,
    // "all" first, and nothing is marked where the address has no choice.
    assertThat(foodOnline.html().select("select#online option[selected]").attr("value"))
        .isEqualTo("NONE");
    assertThat(foodOnline.html().select("select#theme option[selected]").attr("value"))
        .isEqualTo("ENTERPRISE");
    assertThat(all.html().select("select#level option").first().text()).isEqualTo("全部");
    assertThat(all.html().select("select#dept option").size()).isGreaterThan(1);
    assertThat(all.html().select("select option[selected]")).isEmpty();
    assertThat(all.html().select("#items li").size()).isEqualTo(20);
    assertThat(all.html().select("#pager a[rel=next]").attr("href")).contains("page=2");
  }

  @Test
  void aSecondPageShowsOtherItems() {
    Page first = browser.get("/items.xhtml?sort=name");
    Page second = browser.get("/items.xhtml?sort=name&page=2");

    assertThat(second.html().select("#items .item-name").eachText())
        .hasSize(20)
        .doesNotContainAnyElementsOf(first.html().select("#items .item-name").eachText());
  }

  @Test
  void chineseSearchFindsTheFoodItems() {
    Page results = browser.get("/items.xhtml?q=" + encode("食品"));

    assertThat(results.html().select("#items .item-name").eachText()).contains("食品经营许可", "食品生产许可");
  }

  @Test
  void thePortalSearchLeadsToTheServiceGuides() {
    Page search = browser.get("/search.xhtml?q=" + encode("食品"));

    String href = search.html().select("#searchItems").attr("abs:href");
    assertThat(href).contains("/items.xhtml?q=");
    assertThat(browser.get(href).html().select("#items .item-name").eachText()).contains("食品经营许可");
  }

  @Test
  void aSearchWithoutResultsSaysSoAndABadParameterIsExplained() {
    Page none = browser.get("/items.xhtml?q=" + encode("不存在的事项名称") + "&theme=ALIENS");

    assertThat(none.status()).isEqualTo(200);
    assertThat(none.html().select("#noItems").text()).contains("没有找到符合条件的事项");
    assertThat(none.text()).contains("参数 theme 的值“ALIENS”无效");
  }

  @Test
  void theGuideShowsEverythingThePublishedVersionHolds() {
    String code = codeOf("食品经营许可");
    Map<String, Object> guide = api.get("/api/items/" + code).json();

    Page page = browser.get("/item.xhtml?code=" + code);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("main h1").text()).isEqualTo("食品经营许可");
    assertThat(page.html().select("#conditionsText").text()).isEqualTo(guide.get("conditions"));
    assertThat(page.html().select("#materialsTable .material-name").eachText())
        .isNotEmpty()
        .containsExactlyElementsOf(names(guide, "materials"));
    assertThat(page.html().select("#stepsTable .step-name").eachText())
        .containsExactlyElementsOf(names(guide, "steps"));
    assertThat(page.html().select("#fees").text())
        .contains(Boolean.TRUE.equals(guide.get("charged")) ? "收费标准" : "不收费");
    assertThat(page.html().select("#department").text()).isNotBlank();
    assertThat(page.html().select("#promisedLimit").text()).containsAnyOf("个工作日", "即办");
    assertThat(page.html().select("#legalBases li strong").eachText())
        .containsExactlyElementsOf(laws(guide));
    assertThat(page.html().select("#flowchart .ui-diagram, #flowchart [id$=diagram]")).isNotEmpty();
    assertThat(page.html().select("#checklist").attr("href"))
        .endsWith("/items/" + code + "/checklist.pdf");
  }

  @Test
  void anOnlineItemOffersToApplyOnlineAndAnOfflineOneExplainsTheVisit() {
    String online =
        (String)
            api.get("/api/items?online=FULL&size=1").list("items").get(0).get("implementationCode");
    String offline =
        (String)
            api.get("/api/items?online=NONE&size=1").list("items").get(0).get("implementationCode");

    Page onlinePage = browser.get("/item.xhtml?code=" + online);
    Element apply = onlinePage.html().selectFirst("#applyOnline");
    assertThat(apply).isNotNull();
    assertThat(apply.attr("href")).endsWith("/my/apply.xhtml?item=" + online);
    assertThat(new WebClient().get(apply.attr("abs:href")).html().select("#loginForm"))
        .as("needs login")
        .isNotEmpty();

    Page offlinePage = browser.get("/item.xhtml?code=" + offline);
    assertThat(offlinePage.html().select("#applyOnline")).isEmpty();
    assertThat(offlinePage.html().select("#visitNote").text()).contains("政务服务大厅");
  }

  @Test
  void anUnknownCodeIsTheNotFoundPage() {
    Page missing = browser.get("/item.xhtml?code=0000000000610500399NOPE");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.text()).doesNotContain("Exception").doesNotContain("at gov.");
    assertThat(browser.get("/item.xhtml").status()).isEqualTo(404);
    assertThat(api.get("/items/0000000000610500399NOPE/checklist.pdf").status()).isEqualTo(404);
  }

  @Test
  void theChecklistIsAPdfWithTheItemAndItsMaterialsInChinese() throws IOException {
    String code = codeOf("食品经营许可");
    Map<String, Object> guide = api.get("/api/items/" + code).json();

    JsonClient.Answer pdf = api.get("/items/" + code + "/checklist.pdf");

    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(pdf.disposition()).contains("filename=\"checklist-" + code + ".pdf\"");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("一次性告知清单")
          .contains("食品经营许可")
          .contains(names(guide, "materials").get(0));
    }
  }

  @Test
  void theChangelogListsReformOutcomesAndFiltersBySinceDate() {
    Page changes = browser.get("/changes.xhtml");
    Page future = browser.get("/changes.xhtml?since=2999-01-01");

    assertThat(changes.status()).isEqualTo(200);
    assertThat(changes.html().select("#changes tbody tr")).isNotEmpty();
    assertThat(changes.html().select("select#round option").size()).isGreaterThan(1);
    assertThat(future.html().select("#noChanges").text()).contains("没有符合条件的变更");
    assertThat(browser.get("/changes.xhtml?since=yesterday").text())
        .contains("参数 since 的值“yesterday”无效");
  }

  // ------------------------------------------------------------------ helpers

  private String codeOf(String name) {
    return api.get("/api/items?q=" + encode(name)).list("items").stream()
        .filter(item -> name.equals(item.get("name")))
        .map(item -> (String) item.get("implementationCode"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no published item " + name));
  }

  @SuppressWarnings("unchecked")
  private static java.util.List<String> names(Map<String, Object> guide, String field) {
    return ((java.util.List<Map<String, Object>>) guide.get(field))
        .stream().map(m -> (String) m.get("name")).toList();
  }

  @SuppressWarnings("unchecked")
  private static java.util.List<String> laws(Map<String, Object> guide) {
    return ((java.util.List<Map<String, Object>>) guide.get("legalBases"))
        .stream().map(m -> (String) m.get("law")).toList();
  }

  private static long total(Page page) {
    String summary = page.html().select("#summary").text();
    return Long.parseLong(summary.replaceAll("^\\D*(\\d+).*$", "$1"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
