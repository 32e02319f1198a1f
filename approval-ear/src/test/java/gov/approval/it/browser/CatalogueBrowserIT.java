package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The public catalogue in real Chromium at a phone's width (375 px): the filters work by choosing
 * and submitting, nothing overflows sideways, and the guide's flowchart is drawn with one arrow
 * between each two steps.
 */
class CatalogueBrowserIT {

  @Test
  void aCitizenOnAPhoneFiltersTheCatalogueAndOpensAGuideWithItsFlowchart() {
    try (Browser browser = Browser.start()) {
      browser.driver().manage().window().setSize(new Dimension(375, 800));
      browser.open("/items.xhtml?q=" + URLEncoder.encode("食品", StandardCharsets.UTF_8));
      assertThat(overflows(browser)).as("the list fits 375 px").isFalse();

      new Select(browser.element("dept")).selectByValue("SYJ");
      browser.click("apply");
      browser.waiting().until(ExpectedConditions.urlContains("dept=SYJ"));
      assertThat(browser.url()).contains("q=");
      assertThat(browser.driver().findElements(By.cssSelector("#items .item-department")))
          .allMatch(e -> e.getText().equals("渭南市食品药品监督管理局"));
      browser.screenshot("catalogue-phone-list");

      browser.driver().findElement(By.linkText("食品经营许可")).click();
      browser.waitForTextAnywhere("申请材料");
      assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText())
          .isEqualTo("食品经营许可");
      int steps = browser.driver().findElements(By.cssSelector("#stepsTable tbody tr")).size();
      browser
          .waiting()
          .until(
              ExpectedConditions.numberOfElementsToBe(
                  By.cssSelector("#flowchart .jtk-connector"), steps - 1));
      assertThat(browser.driver().findElements(By.cssSelector("#flowchart .ui-diagram-element")))
          .hasSize(steps);
      assertThat(overflows(browser)).as("the guide fits 375 px").isFalse();
      browser.screenshot("catalogue-phone-guide");
    }
  }

  private static boolean overflows(Browser browser) {
    Object wider =
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    return Boolean.TRUE.equals(wider);
  }
}
