package gov.approval.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.JsonClient;
import gov.approval.it.support.WebClient;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public read API over HTTP: filters and paging of /api/items, the guide, the changelog since a
 * day, 400 with a Chinese problem body for bad parameters, and the paths in the server's OpenAPI
 * document.
 */
class CatalogueApiIT {

  private final JsonClient api = new JsonClient();

  @Test
  void itemsArePagedWithATotal() {
    JsonClient.Answer first = api.get("/api/items?size=7&sort=name");
    JsonClient.Answer second = api.get("/api/items?size=7&sort=name&page=2");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.contentType()).startsWith("application/json");
    Map<String, Object> page = first.json();
    assertThat(((Number) page.get("total")).longValue()).isGreaterThanOrEqualTo(150);
    assertThat(page.get("page")).isEqualTo(1L);
    assertThat(first.list("items")).hasSize(7);
    assertThat(second.list("items")).hasSize(7);
    assertThat(codes(second)).doesNotContainAnyElementsOf(codes(first));
  }

  @Test
  void filtersNarrowTheItems() {
    long all = total(api.get("/api/items"));
    JsonClient.Answer food = api.get("/api/items?dept=syj&size=100");
    JsonClient.Answer licences = api.get("/api/items?dept=SYJ&type=01&size=100");

    assertThat(total(food)).isPositive().isLessThan(all);
    assertThat(food.list("items")).allMatch(item -> "SYJ".equals(item.get("departmentCode")));
    assertThat(licences.list("items"))
        .isNotEmpty()
        .allMatch(item -> "LICENSING".equals(item.get("type")));
    assertThat(api.get("/api/items?online=FULL&size=100").list("items"))
        .isNotEmpty()
        .allMatch(item -> "FULL".equals(item.get("onlineLevel")));
    assertThat(api.get("/api/items?level=COUNTY&size=100").list("items"))
        .allMatch(item -> "COUNTY".equals(item.get("regionLevel")));
    assertThat(total(api.get("/api/items?theme=INDIVIDUAL"))).isPositive().isLessThan(all);
    assertThat(total(api.get("/api/items?list=ONLINE_SERVICE"))).isLessThanOrEqualTo(all);
  }

  @Test
  void chineseSearchMatchesSubstrings() {
    JsonClient.Answer food = api.get("/api/items?q=" + encode("食品") + "&size=100");

    assertThat(food.list("items"))
        .extracting(item -> item.get("name"))
        .contains("食品经营许可", "食品生产许可");
  }

  @Test
  void theGuideOfAnItemHoldsItsMaterialsAndSteps() {
    String code =
        (String)
            api.get("/api/items?q=" + encode("食品经营许可"))
                .list("items")
                .get(0)
                .get("implementationCode");

    Map<String, Object> guide = api.get("/api/items/" + code).json();

    assertThat(guide.get("name")).isEqualTo("食品经营许可");
    assertThat(guide.get("status")).isEqualTo("PUBLISHED");
    assertThat((List<?>) guide.get("materials")).isNotEmpty();
    assertThat((List<?>) guide.get("steps")).isNotEmpty();
    assertThat(guide).containsKeys("fees", "legalBases", "conditions", "onlineLevel", "lists");
    assertThat(guide).doesNotContainKeys("authorName", "reviewerName");
  }

  @Test
  void anUnknownItemIs404WithAProblemBody() {
    JsonClient.Answer missing = api.get("/api/items/0000000000610500399NOPE");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(missing.json().get("detail")).isEqualTo("没有这个已发布的事项。");
  }

  @Test
  void badParametersAre400WithEveryProblemInChinese() {
    JsonClient.Answer bad = api.get("/api/items?theme=ALIENS&page=0&size=1000&sort=colour");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    Map<String, Object> problem = bad.json();
    assertThat(problem.get("status")).isEqualTo(400L);
    assertThat(problem.get("title")).isEqualTo("请求参数错误");
    assertThat(bad.list("invalidParams"))
        .extracting(p -> p.get("name"))
        .containsExactlyInAnyOrder("theme", "page", "size", "sort");
    assertThat(bad.list("invalidParams"))
        .filteredOn(p -> "theme".equals(p.get("name")))
        .singleElement()
        .satisfies(p -> assertThat((String) p.get("reason")).contains("无效").contains("INDIVIDUAL"));
    assertThat(api.get("/api/changes?since=2024-13-45").status()).isEqualTo(400);
    assertThat(api.get("/api/changes?round=999999999").status()).isEqualTo(400);
  }

  @Test
  void theChangelogSinceADayHoldsOnlyLaterChangesWithoutWhoMadeThem() {
    JsonClient.Answer all = api.get("/api/changes?size=200");
    JsonClient.Answer none = api.get("/api/changes?since=2999-01-01");

    assertThat(all.status()).isEqualTo(200);
    assertThat(all.list("changes"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).doesNotContainKey("actor"));
    assertThat(total(none)).isZero();
    Object round =
        all.list("changes").stream()
            .map(c -> c.get("roundId"))
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElseThrow();
    assertThat(api.get("/api/changes?round=" + round).list("changes"))
        .isNotEmpty()
        .allMatch(c -> round.equals(c.get("roundId")));
  }

  @Test
  void theOpenApiDocumentListsThePaths() {
    URI base = URI.create(WebClient.BASE);
    JsonClient.Answer document =
        api.get(base.getScheme() + "://" + base.getAuthority() + "/openapi");

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.text())
        .contains("/api/items")
        .contains("/api/items/{code}")
        .contains("/api/changes");
  }

  // ------------------------------------------------------------------ helpers

  private static List<Object> codes(JsonClient.Answer page) {
    return page.list("items").stream().map(item -> item.get("implementationCode")).toList();
  }

  private static long total(JsonClient.Answer page) {
    return ((Number) page.json().get("total")).longValue();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
