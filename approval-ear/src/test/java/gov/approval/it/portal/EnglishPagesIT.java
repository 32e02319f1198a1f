package gov.approval.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.OnlineApplicant;
import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every citizen page in English: after the language switch, the page's own words (title, headings,
 * labels, buttons, table heads, header and footer) hold no Chinese character and {@code <html
 * lang>} says {@code en}. Data (item, department and hall names) stays as stored, so the elements
 * that show it are left out, and so is the language switch, which names Chinese in Chinese.
 */
class EnglishPagesIT {

  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

  /** The page's own words; data elements are removed before these are read. */
  private static final String CHROME =
      "title, header, footer, h1, h2, h3, label, button, th, legend, input[type=submit]";

  /**
   * Elements that show data as stored (item and material names), and the switch back to Chinese.
   */
  private static final String DATA =
      "body [lang^=zh], #caseItem, #itemName, #resultItem, .ui-selectonemenu-label, .material-slot label";

  private static final String DEMO_ITEM = "企业投资项目核准";

  private final WebClient browser = new WebClient();

  @Test
  void thePublicPagesAreInEnglish() {
    // The check finds the Chinese words of a Chinese page: its silence later means English.
    assertThat(chineseIn(browser.get("/"), "")).hasSizeGreaterThan(5);
    switchToEnglish();
    String guide = guideOfTheDemoItem();
    List<String> problems = new ArrayList<>();
    for (String path :
        List.of(
            "/",
            "/items.xhtml",
            "/items.xhtml?q=" + URLEncoder.encode("食品", StandardCharsets.UTF_8),
            "/changes.xhtml",
            "/progress.xhtml",
            "/progress.xhtml?number=61050020990101000001&code=XXXXXX",
            "/ratings.xhtml",
            "/search.xhtml?q=" + URLEncoder.encode("华阴", StandardCharsets.UTF_8),
            "/search.xhtml?q=nothing-like-this",
            "/register.xhtml",
            "/login.xhtml",
            "/kiosk/rate.xhtml",
            "/wechat/apply.xhtml",
            "/wechat/services.xhtml",
            "/wechat/consult.xhtml",
            "/wechat/centre.xhtml",
            "/no-such-page.xhtml",
            "/error/403.xhtml",
            "/error/500.xhtml",
            "/error/business.xhtml",
            "/error/expired.xhtml")) {
      problems.addAll(chineseIn(browser.get(path), ""));
    }
    // The guide's heading and title are the item's name: data.
    problems.addAll(chineseIn(browser.get(guide), "h1, title"));
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void aRegisteredCitizensPagesAreInEnglish() {
    switchToEnglish();
    OnlineApplicant citizen = new OnlineApplicant(browser);
    Page registered = citizen.registerAndLogIn("李" + TestPeople.mobile().substring(7));
    List<String> problems = new ArrayList<>(chineseIn(registered, ""));
    assertThat(registered.html().select(".ui-messages").text())
        .isNotBlank()
        .doesNotContainPattern(CJK);

    String guide = guideOfTheDemoItem();
    String code = guide.substring(guide.indexOf("code=") + 5);
    Page form = citizen.applyPage(code);
    problems.addAll(chineseIn(form, ""));
    Page draft = citizen.draft(form, "English pages check");
    problems.addAll(chineseIn(draft, ""));
    assertThat(draft.html().getElementById("status").text()).isEqualTo("Draft");
    // A refused action reads in English too: submitting without the required materials.
    Page refused = browser.submit(draft, "actionsForm", Map.of(), "actionsForm:submit");
    assertThat(refused.html().select(".ui-messages").text())
        .isNotBlank()
        .doesNotContainPattern(CJK);

    for (String path :
        List.of(
            "/my/index.xhtml",
            "/my/cases.xhtml",
            "/my/notices.xhtml",
            "/my/complaints.xhtml",
            "/my/complaint.xhtml",
            "/my/questions.xhtml",
            "/my/questions.xhtml?item=" + code,
            "/wechat/centre.xhtml")) {
      problems.addAll(chineseIn(browser.get(path), ""));
    }

    // The submitted case and its public progress query.
    Page submitted = citizen.uploadAllAndSubmit(draft);
    problems.addAll(chineseIn(submitted, ""));
    assertThat(submitted.html().getElementById("status").text()).isEqualTo("Submitted");
    String number = submitted.html().getElementById("caseNumber").text();
    String checkCode = submitted.html().getElementById("checkCode").text();
    Page progress = browser.get("/progress.xhtml?number=" + number + "&code=" + checkCode);
    assertThat(progress.html().getElementById("resultNumber").text()).isEqualTo(number);
    problems.addAll(chineseIn(progress, ""));
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private void switchToEnglish() {
    Page english =
        browser.submit(browser.get("/"), "portalHeaderForm", Map.of(), "portalHeaderForm:language");
    assertThat(english.html().select("html").attr("lang")).isEqualTo("en");
  }

  private String guideOfTheDemoItem() {
    Page found =
        browser.get("/items.xhtml?q=" + URLEncoder.encode(DEMO_ITEM, StandardCharsets.UTF_8));
    Element link =
        found.html().select("a[href*=item.xhtml?code=]").stream()
            .filter(a -> a.text().equals(DEMO_ITEM))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no guide link for " + DEMO_ITEM));
    String href = link.attr("href");
    return href.substring(href.indexOf("/item.xhtml"));
  }

  /**
   * One line per chrome element of {@code page} with Chinese in it, and one if the page does not
   * say it is English; {@code alsoData} names more elements that show data on this page.
   */
  private static List<String> chineseIn(Page page, String alsoData) {
    Document html = page.html().clone();
    String where = page.uri().getPath() + "?" + page.uri().getQuery();
    List<String> problems = new ArrayList<>();
    if (!"en".equals(html.select("html").attr("lang"))) {
      problems.add(where + ": <html lang=\"" + html.select("html").attr("lang") + "\">");
    }
    html.select(alsoData.isEmpty() ? DATA : DATA + ", " + alsoData).remove();
    for (Element chrome : html.select(CHROME)) {
      String text = chrome.is("input") ? chrome.val() : chrome.text();
      if (CJK.matcher(text).find()) {
        problems.add(where + ": <" + chrome.tagName() + "> " + text);
      }
    }
    for (Element field : html.select("[placeholder]")) {
      if (CJK.matcher(field.attr("placeholder")).find()) {
        problems.add(where + ": placeholder " + field.attr("placeholder"));
      }
    }
    return problems;
  }
}
