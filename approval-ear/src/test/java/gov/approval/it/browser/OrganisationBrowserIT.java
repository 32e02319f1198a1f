package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Staff in real Chromium: log in, open the organisation from the menu and walk the region tree. */
class OrganisationBrowserIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  @Test
  void staffWalkTheRegionTreeFromTheCityDownToAVillage() {
    try (Browser browser = Browser.start()) {
      browser.login("halladmin", DEMO_PASSWORD);
      assertThat(browser.pageText()).contains("工作台首页");

      browser.click("menuForm:menuRegions");
      browser.waitForTextAnywhere("渭南市");

      expand(browser, "渭南市");
      expand(browser, "临渭区");
      expand(browser, "杜桥街道");
      select(browser, "东关社区");

      browser.waitForText("regionName", "东关社区");
      assertThat(browser.text("regionsForm:regionLevel")).isEqualTo("村（社区）");
      browser.screenshot("regions-tree");
    }
  }

  private static void expand(Browser browser, String region) {
    WebElement content = node(browser, region);
    content.findElement(By.cssSelector(".ui-tree-toggler")).click();
    // The children arrive by ajax: the node's child list shows up below it.
    browser
        .waiting()
        .until(
            ExpectedConditions.presenceOfNestedElementLocatedBy(
                content.findElement(By.xpath("./ancestor::li[1]")),
                By.cssSelector("ul.ui-treenode-children li")));
  }

  private static void select(Browser browser, String region) {
    node(browser, region).findElement(By.cssSelector(".region-name")).click();
  }

  private static WebElement node(Browser browser, String region) {
    By label =
        By.xpath(
            "//span[contains(@class,'region-name') and normalize-space()='"
                + region
                + "']/ancestor::*[contains(@class,'ui-treenode-content')][1]");
    return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(label));
  }
}
