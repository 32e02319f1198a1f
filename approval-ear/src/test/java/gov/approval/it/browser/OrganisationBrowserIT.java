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

  @Test
  void aDepartmentHeadOpensAWindowInTheirDepartmentButCannotTouchAnother() {
    try (Browser browser = Browser.start()) {
      browser.login("fgw.head", DEMO_PASSWORD);

      openDepartment(browser, "工商局");
      browser.waitForText("departmentForm:sectionName", "渭南市工商行政管理局行政审批科");
      assertThat(browser.driver().findElements(By.id("departmentForm:addWindow"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("departmentForm:rename"))).isEmpty();

      openDepartment(browser, "发改委");
      browser.waitForText("departmentForm:sectionName", "渭南市发展和改革委员会行政审批科");
      String number =
          "W"
              + String.format(
                  "%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
      browser.click("departmentForm:addWindow");
      browser.type("windowDialogForm:number", number);
      browser.type("windowDialogForm:name", "发改委企业投资项目窗口");
      browser.click("windowDialogForm:save");

      browser.waitForText("departmentForm:windowsTable", number);
      assertThat(browser.text("departmentForm:windowsTable")).contains("发改委企业投资项目窗口");
      browser.screenshot("department-window-added");
    }
  }

  private static void openDepartment(Browser browser, String shortName) {
    browser.open("/staff/organisation/departments.xhtml");
    browser.type("departmentsForm:search", shortName);
    browser.click("departmentsForm:searchButton");
    browser.waitForText("departmentsForm:departmentsTable", shortName);
    // The search is ajax: wait until the table shows only the one department, then open it.
    browser
        .waiting()
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id$=':open']"), 1));
    browser.driver().findElement(By.cssSelector("[id$=':open']")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/staff/organisation/department.xhtml"));
  }

  private static void expand(Browser browser, String region) {
    WebElement content = node(browser, region);
    WebElement item = content.findElement(By.xpath("./ancestor::li[1]"));
    if (!"true".equals(item.getAttribute("aria-expanded"))) {
      content.findElement(By.cssSelector(".ui-tree-toggler")).click();
    }
    // The children arrive by ajax: wait until the first one is shown below the node.
    browser
        .waiting()
        .until(
            ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                item, By.cssSelector("ul.ui-treenode-children .region-name")));
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
