package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The evaluation pages in real Chromium, as the assessment office uses them: a rule version exists
 * (made on the rules page if none is older than this month), this month is scored from the rankings
 * page, and a department's row drills down to the cases behind its indicators. The demo's FGW cases
 * completed today make sure the month has a department to rank.
 */
class EvaluationBrowserIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  @Test
  void theOfficeScoresTheMonthAndDrillsFromADepartmentsRankToItsEvidence() {
    YearMonth month = YearMonth.now(CITY);
    try (Browser browser = Browser.start()) {
      browser.login("halladmin", DEMO_PASSWORD);
      // A version valid since long ago: refused as "month taken" when an earlier run made it.
      browser.open("/staff/evaluation/rules.xhtml");
      browser.type("newVersion:validFrom", "2001-01");
      browser.click("newVersion:create");
      browser.waitForTextAnywhere("2001-01");

      browser.click("menuForm:menuEvaluationRankings");
      // The demo's delivered FGW case was completed ten working days before deployment: this
      // month or, early in a month, the one before.
      boolean ranked =
          scoredWithFgw(browser, month) || scoredWithFgw(browser, month.minusMonths(1));
      assertThat(ranked).as("a scored month ranks FGW").isTrue();
      browser.screenshot("evaluation-rankings");

      WebElement fgwRow =
          browser
              .driver()
              .findElement(
                  By.xpath("//tbody[@id='rankingsForm:ranking_data']/tr[contains(.,'发展和改革委员会')]"));
      fgwRow.findElement(By.cssSelector("[id$=':detail']")).click();
      browser.waitForText("detail", "发展和改革委员会");
      List<String> cases =
          browser.driver().findElements(By.cssSelector("[id$='components'] span.tag")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(cases)
          .as("the score drills down to the case numbers behind its indicators")
          .isNotEmpty()
          .anySatisfy(n -> assertThat(n).matches("\\d{20}"));
      assertThat(browser.text("detail")).contains("按时办结率");
      browser.screenshot("evaluation-evidence");
    }
  }

  /**
   * Scores {@code month} from the page and shows it until FGW's row is there (or time runs out).
   */
  private static boolean scoredWithFgw(Browser browser, YearMonth month) {
    setNumber(browser, "rankingsForm:year_input", month.getYear());
    setNumber(browser, "rankingsForm:number_input", month.getMonthValue());
    browser.click("rankingsForm:rescore");
    browser.waitForTextAnywhere("已启动月度评分作业");
    try {
      // The job runs in the background: show the month again until its ranking is there.
      return new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofSeconds(2))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                setNumber(browser, "rankingsForm:year_input", month.getYear());
                setNumber(browser, "rankingsForm:number_input", month.getMonthValue());
                d.findElement(By.id("rankingsForm:show")).click();
                return d.findElement(By.id("rankingsForm:ranking")).getText().contains("发展和改革委员会");
              });
    } catch (TimeoutException e) {
      return false;
    }
  }

  /** An input number field: its whole content replaced, then left so the widget takes it. */
  private static void setNumber(Browser browser, String id, int value) {
    WebElement input = browser.element(id);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(value), Keys.TAB);
  }
}
