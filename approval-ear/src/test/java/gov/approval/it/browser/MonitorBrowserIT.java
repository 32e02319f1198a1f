package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor in real Chromium: the monitoring board from the menu, a department's open cases, and
 * one case opened read-only (its timeline, no action panels).
 */
class MonitorBrowserIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  @Test
  void aSupervisorGoesFromTheBoardToADepartmentAndDownToACaseWithoutActions() {
    try (Browser browser = Browser.start()) {
      browser.login("supervisor", DEMO_PASSWORD);
      browser.click("menuForm:menuSupervisionMonitor");
      browser.waitForText("boardForm:loadTable", "发展和改革委员会");
      assertThat(browser.text("boardForm:totals")).contains("在办");
      browser.screenshot("supervision-board");

      WebElement fgw =
          browser
              .driver()
              .findElement(
                  By.xpath("//a[contains(@id,':showDepartment') and contains(.,'发展和改革委员会')]"));
      fgw.click();
      // The list narrows to the one department: every row names it.
      browser
          .waiting()
          .until(
              d -> {
                List<String> departments =
                    d
                        .findElements(By.cssSelector("[id$='casesTable_data'] tr td:nth-child(4)"))
                        .stream()
                        .map(WebElement::getText)
                        .toList();
                return !departments.isEmpty()
                    && departments.stream().allMatch(t -> t.contains("发展和改革委员会"));
              });

      // The board polls: the link is read and clicked in one step that a refresh may repeat.
      String number =
          browser
              .waiting()
              .until(
                  d -> {
                    WebElement first = d.findElement(By.cssSelector("[id$=':open']"));
                    String text = first.getText();
                    first.click();
                    return text;
                  });
      browser.waiting().until(ExpectedConditions.urlContains("/staff/cases/case.xhtml"));
      browser.waitForText("number", number);
      assertThat(browser.pageText()).contains("发展和改革委员会");
      assertThat(browser.driver().findElements(By.cssSelector("[id$='timeline']"))).isNotEmpty();
      assertThat(browser.driver().findElement(By.id("warnings")).getText())
          .as("the case's warnings, standing or none")
          .contains("预警");
      assertThat(browser.driver().findElements(By.cssSelector("form.action-panel")))
          .as("a supervisor reads the case and gets no action buttons")
          .isEmpty();
      browser.screenshot("supervision-case-read-only");
    }
  }
}
