package gov.approval.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public catalogue pages are kept rendered for anonymous visitors, per address and language:
 * every visitor still gets the page in their language, logged-in users get their own header, and an
 * error is never kept. (That a change of the catalogue shows at once is tested on the cache in the
 * container, PublishedCatalogueCacheIT.)
 */
class CataloguePageCacheIT {

  private static final String FOOD_SEARCH = "/items.xhtml?q=%E9%A3%9F%E5%93%81&sort=code";

  @Test
  void aRepeatedSearchShowsTheSameItemsToEveryVisitor() {
    Page first = new WebClient().get(FOOD_SEARCH);
    Page again = new WebClient().get(FOOD_SEARCH);

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.html().select("#items .item-name").eachText())
        .contains("食品经营许可")
        .containsExactlyElementsOf(first.html().select("#items .item-name").eachText());
  }

  @Test
  void aVisitorWhoSwitchedToEnglishReadsTheSameAddressInEnglish() {
    WebClient chinese = new WebClient();
    WebClient english = new WebClient();
    assertThat(chinese.get(FOOD_SEARCH).html().select("html").attr("lang")).isEqualTo("zh-CN");
    english.submit(english.get("/"), "portalHeaderForm", Map.of(), "portalHeaderForm:language");

    Page inEnglish = english.get(FOOD_SEARCH);
    Page inChinese = chinese.get(FOOD_SEARCH);

    assertThat(inEnglish.html().select("html").attr("lang")).isEqualTo("en");
    assertThat(inEnglish.text()).contains("Weinan Government Services");
    assertThat(inChinese.html().select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(inChinese.text()).contains("渭南市政务服务网");
  }

  @Test
  void aLoggedInUserGetsTheirOwnHeaderOnAPageKeptForVisitors() {
    WebClient visitor = new WebClient();
    assertThat(visitor.get(FOOD_SEARCH).html().select("#portalHeaderForm\\:login")).isNotEmpty();
    WebClient official = new WebClient();
    official.login("fgw.clerk1", "Demo@2026");

    Page officials = official.get(FOOD_SEARCH);

    assertThat(officials.html().select("#portalHeaderForm\\:login")).isEmpty();
    assertThat(officials.html().select("#portalHeaderForm\\:logout")).isNotEmpty();
    assertThat(visitor.get(FOOD_SEARCH).html().select("#portalHeaderForm\\:logout")).isEmpty();
  }

  @Test
  void aGuideThatDoesNotExistIsNotFoundEveryTime() {
    WebClient visitor = new WebClient();

    assertThat(visitor.get("/item.xhtml?code=NO-SUCH-ITEM").status()).isEqualTo(404);
    assertThat(visitor.get("/item.xhtml?code=NO-SUCH-ITEM").status()).isEqualTo(404);
    assertThat(visitor.get("/item.xhtml?code=NO-SUCH-ITEM").text()).doesNotContain("Exception");
  }
}
