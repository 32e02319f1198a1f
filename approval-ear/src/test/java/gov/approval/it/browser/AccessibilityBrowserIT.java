package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import gov.approval.it.support.OnlineApplicant;
import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The automated accessibility check: axe-core runs inside Chromium on the citizen pages people
 * reach first (the portal home, an item guide, the apply page of the demo citizen, the progress
 * query, and a new citizen's case page as a draft and submitted), at desktop width and at a phone's
 * 375 px, in Chinese, in English and in elder mode. Every violation of impact serious or critical
 * fails the test, listed with its rule, impact and the selectors of the elements concerned.
 */
class AccessibilityBrowserIT {

  private static final String CITIZEN = "13800000001";
  private static final String PASSWORD = "Demo@2026";
  private static final String DEMO_ITEM = "企业投资项目核准";
  private static final List<Dimension> WIDTHS =
      List.of(new Dimension(1400, 1000), new Dimension(375, 800));

  /** axe.min.js as the axe-core artifact on the test classpath carries it. */
  private static String axe;

  @BeforeAll
  static void loadAxe() throws IOException {
    try (InputStream script = AccessibilityBrowserIT.class.getResourceAsStream("/axe.min.js")) {
      assertThat(script).as("axe.min.js on the test classpath").isNotNull();
      axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void thePublicPagesHaveNoSeriousViolation() {
    try (Browser browser = Browser.start()) {
      String guide = guideOfTheDemoItem(browser);
      List<String> violations = new ArrayList<>();
      for (String page :
          List.of("/", guide, "/progress.xhtml", "/progress.xhtml?number=1&code=x")) {
        violations.addAll(checkAtEveryWidth(browser, page));
      }
      assertThat(violations).as(report(violations)).isEmpty();
    }
  }

  @Test
  void theApplyPageHasNoSeriousViolation() {
    try (Browser browser = Browser.start()) {
      String guide = guideOfTheDemoItem(browser);
      browser.login(CITIZEN, PASSWORD);
      String apply = "/my/apply.xhtml?item=" + guide.substring(guide.indexOf("code=") + 5);
      List<String> violations = new ArrayList<>(checkAtEveryWidth(browser, apply));
      assertThat(browser.text("itemName")).isEqualTo(DEMO_ITEM);
      assertThat(violations).as(report(violations)).isEmpty();
    }
  }

  @Test
  void aCitizensCaseAndItsProgressHaveNoSeriousViolation() {
    OnlineApplicant citizen = new OnlineApplicant(new WebClient());
    citizen.registerAndLogIn("赵" + TestPeople.mobile().substring(7));
    try (Browser browser = Browser.start()) {
      String guide = guideOfTheDemoItem(browser);
      Page draft =
          citizen.draft(citizen.applyPage(guide.substring(guide.indexOf("code=") + 5)), "无障碍检查");
      String casePage = "/my/case.xhtml?" + draft.uri().getQuery();
      List<String> violations = new ArrayList<>();
      browser.login(citizen.mobile(), OnlineApplicant.PASSWORD);
      violations.addAll(checkAtEveryWidth(browser, casePage));

      Page submitted = citizen.uploadAllAndSubmit(draft);
      String number = submitted.html().getElementById("caseNumber").text();
      String checkCode = submitted.html().getElementById("checkCode").text();
      violations.addAll(checkAtEveryWidth(browser, casePage));
      violations.addAll(
          checkAtEveryWidth(browser, "/progress.xhtml?number=" + number + "&code=" + checkCode));
      assertThat(browser.text("resultNumber")).isEqualTo(number);
      assertThat(violations).as(report(violations)).isEmpty();
    }
  }

  @Test
  void theEnglishPagesHaveNoSeriousViolationAndSayTheirLanguage() {
    try (Browser browser = Browser.start()) {
      String guide = guideOfTheDemoItem(browser);
      browser.open("/");
      browser.click("portalHeaderForm:language");
      browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
      List<String> violations = new ArrayList<>();
      for (String page : List.of("/", guide, "/progress.xhtml")) {
        violations.addAll(checkAtEveryWidth(browser, page));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
            .isEqualTo("en");
      }
      assertThat(violations).as(report(violations)).isEmpty();
    }
  }

  @Test
  void elderModeHasNoSeriousViolation() {
    try (Browser browser = Browser.start()) {
      String guide = guideOfTheDemoItem(browser);
      browser.open("/");
      browser.click("elderToggle");
      browser
          .waiting()
          .until(ExpectedConditions.attributeToBe(By.id("elderToggle"), "aria-pressed", "true"));
      List<String> violations = new ArrayList<>();
      for (String page : List.of("/", guide, "/progress.xhtml")) {
        violations.addAll(checkAtEveryWidth(browser, page));
        assertThat(browser.element("elderToggle").getAttribute("aria-pressed")).isEqualTo("true");
      }
      browser.screenshot("accessibility-elder-guide");
      assertThat(violations).as(report(violations)).isEmpty();
    }
  }

  @Test
  void theSkipLinkLeadsTheKeyboardToTheMainContent() {
    try (Browser browser = Browser.start()) {
      browser.open("/");
      // The first Tab of a fresh page lands on the skip link, which then shows itself with a ring.
      browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
      WebElement focused = browser.driver().switchTo().activeElement();
      assertThat(focused.getAttribute("id")).isEqualTo("skipToContent");
      assertThat(focused.isDisplayed()).isTrue();
      assertThat(focused.getRect().getWidth()).isGreaterThan(1);
      assertThat(outline(browser)).as("focus ring of the skip link").isEqualTo("solid");
      // The next Tab reaches the header's first link, with its focus ring too.
      focused.sendKeys(Keys.TAB);
      assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
          .contains("portal-brand");
      assertThat(outline(browser)).as("focus ring in the header").isEqualTo("solid");
      browser.open("/");
      browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
      focused = browser.driver().switchTo().activeElement();
      focused.sendKeys(Keys.ENTER);
      browser.waiting().until(ExpectedConditions.urlContains("#content"));
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
          .isEqualTo("content");
    }
  }

  private static Object outline(Browser browser) {
    return ((JavascriptExecutor) browser.driver())
        .executeScript("return getComputedStyle(document.activeElement).outlineStyle;");
  }

  /** The path of the demo item's guide, found as a visitor finds it: by searching its name. */
  private static String guideOfTheDemoItem(Browser browser) {
    browser.open("/items.xhtml?q=" + URLEncoder.encode(DEMO_ITEM, StandardCharsets.UTF_8));
    String href = browser.driver().findElement(By.linkText(DEMO_ITEM)).getAttribute("href");
    return href.substring(href.indexOf("/item.xhtml"));
  }

  private static List<String> checkAtEveryWidth(Browser browser, String page) {
    List<String> violations = new ArrayList<>();
    for (Dimension width : WIDTHS) {
      browser.driver().manage().window().setSize(width);
      browser.open(page);
      browser.element("content");
      for (String violation : run(browser)) {
        violations.add(page + " at " + width.getWidth() + " px: " + violation);
      }
    }
    return violations;
  }

  /** Runs axe on the open page; one line per serious or critical violation. */
  @SuppressWarnings("unchecked")
  private static List<String> run(Browser browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    js.executeScript(axe);
    Object result =
        js.executeAsyncScript(
            """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations
                  .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return {id: v.id, impact: v.impact, help: v.help,
                            targets: v.nodes.map(function (n) { return n.target.join(' '); })};
                  }));
              })
              .catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e),
                                           targets: []}]); });
            """);
    List<String> lines = new ArrayList<>();
    for (Object each : (List<Object>) result) {
      Map<String, Object> v = (Map<String, Object>) each;
      lines.add(
          v.get("id") + " (" + v.get("impact") + ", " + v.get("help") + "): " + v.get("targets"));
    }
    return lines;
  }

  private static String report(List<String> violations) {
    return "serious or critical accessibility violations:\n  " + String.join("\n  ", violations);
  }
}
