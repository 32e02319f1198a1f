package gov.approval.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public portal without login: halls, search, language, error pages and readiness. */
class PortalIT {

  private final WebClient browser = new WebClient();

  @Test
  void theHomePageListsTheCityAndCountyHalls() {
    Page home = browser.get("/");

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.html().select("#halls strong").eachText())
        .contains("渭南市政务服务中心", "韩城市政务服务中心", "富平县政务服务中心")
        .noneMatch(name -> name.contains("便民服务"));
  }

  @Test
  void searchFindsHallsByChineseSubstring() {
    Page results =
        browser.get(
            "/search.xhtml?q="
                + java.net.URLEncoder.encode("华阴", java.nio.charset.StandardCharsets.UTF_8));

    assertThat(results.html().select("#results strong").eachText())
        .contains("华阴市政务服务中心")
        .allMatch(name -> name.contains("华阴"));
  }

  @Test
  void aSearchWithoutResultsSaysSo() {
    Page results =
        browser.get("/search.xhtml?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E5%9C%B0%E6%96%B9");

    assertThat(results.text()).contains("没有找到匹配的结果");
  }

  @Test
  void theUserCanSwitchToEnglishAndBack() {
    Page english =
        browser.submit(browser.get("/"), "portalHeaderForm", Map.of(), "portalHeaderForm:language");
    assertThat(english.text()).contains("Weinan Government Services").contains("Service halls");

    Page chinese =
        browser.submit(english, "portalHeaderForm", Map.of(), "portalHeaderForm:language");
    assertThat(chinese.text()).contains("渭南市政务服务网");
  }

  @Test
  void readingThePublicPagesCreatesNoSessionUntilTheLanguageIsSwitched() {
    Page home = browser.get("/");
    browser.get("/items.xhtml?q=%E9%A3%9F%E5%93%81");
    browser.get("/changes.xhtml");
    browser.get("/no-such-page.xhtml");

    assertThat(browser.sessionId()).isEmpty();

    Page english = browser.submit(home, "portalHeaderForm", Map.of(), "portalHeaderForm:language");
    assertThat(english.text()).contains("Weinan Government Services");
    assertThat(browser.sessionId()).isPresent();
    assertThat(browser.get("/items.xhtml").html().select("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void anUnknownPageShowsAFriendlyNotFoundPage() {
    Page missing = browser.get("/no-such-page.xhtml");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.text())
        .contains("页面不存在")
        .doesNotContain("Exception")
        .doesNotContain("at gov.");
  }

  @Test
  void aFormFromAnExpiredPageExplainsWhatHappened() {
    Page login = browser.get("/login.xhtml");

    Page expired =
        browser.submit(
            login,
            "loginForm",
            Map.of(
                "jakarta.faces.ViewState", "1234567890:987654321",
                "loginForm:username", "fgw.clerk1",
                "loginForm:password", "Demo@2026"),
            "loginForm:submit");

    assertThat(expired.text()).contains("页面已过期").doesNotContain("ViewExpiredException");
  }

  @Test
  void readinessReportsTheDatabase() throws IOException, InterruptedException {
    URI health = URI.create(WebClient.BASE).resolve("/health/ready");
    HttpResponse<String> response =
        WebClient.httpClient()
            .build()
            .send(
                HttpRequest.newBuilder(health).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"database\"").contains("\"UP\"");
  }
}
