package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import gov.approval.it.support.Unique;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The catalogue back office in real Chromium: an editor revises a published item and a second
 * person approves it; two editors save the same draft; a broken rule shows its message on save.
 * Each failing test leaves a screenshot under target/screenshots.
 */
class CatalogueEditorBrowserIT {

  private static final String DEMO_PASSWORD = "Demo@2026";
  private static final Pattern VERSION = Pattern.compile("第 (\\d+) 版");

  @Test
  void anEditorRevisesAPublishedItemAndAnotherPersonApprovesIt() {
    inBrowser(
        "catalogue-revise-approve",
        browser -> {
          String marker = "浏览器测试修订" + Unique.digits(6);

          browser.login("fgw.chief", DEMO_PASSWORD);
          browser.click("menuForm:menuItems");
          openFirstPublishedItemWithoutDraft(browser);
          String itemUrl = browser.url();
          String code = browser.text("itemForm:implementationCode");
          int published = versionIn(browser.text("itemForm:publishedVersion"));

          browser.click("itemForm:startNewDraft");
          browser.element("itemForm:save");
          browser.waitForText("itemForm:workingVersion", "第 " + (published + 1) + " 版");

          WebElement conditions = browser.element("itemForm:tabs:conditions");
          conditions.sendKeys("\n" + marker);
          openTab(browser, "申请材料");
          browser.type("itemForm:tabs:materialsTable:0:materialName", marker + "申请书");
          browser.click("itemForm:save");
          browser.waitForTextAnywhere("草稿已保存");

          browser.click("itemForm:submit");
          browser.click("confirmForm:confirmYes");
          browser.waitForText("itemForm:workingVersion", "待审核");
          browser.screenshot("catalogue-submitted");

          browser.logout();
          browser.login("fgw.head", DEMO_PASSWORD);
          browser.click("menuForm:menuReview");
          browser.waitForText("reviewForm:queueTable", code);
          rowOf(browser, "reviewForm:queueTable", code)
              .findElement(By.cssSelector("[id$=':open']"))
              .click();
          browser.waitForText("openedForm:submittedSide", marker);
          assertThat(browser.text("openedForm")).contains("申请条件", "申请材料");
          browser.screenshot("catalogue-review");
          browser.click("openedForm:approve");
          browser.click("confirmForm:confirmYes");
          browser.waitForTextAnywhere("新版本已发布");

          browser.driver().get(itemUrl);
          browser.waitForText("itemForm:publishedVersion", "第 " + (published + 1) + " 版");
          assertThat(browser.text("itemForm:status")).isEqualTo("已发布");
          assertThat(browser.element("itemForm:tabs:conditions").getAttribute("value"))
              .contains(marker);
          browser.screenshot("catalogue-approved");

          // Citizens read the new version in the public guide, without logging in.
          browser.logout();
          browser.open("/item.xhtml?code=" + code);
          browser.waitForText("conditionsText", marker);
          assertThat(browser.text("materialsTable")).contains(marker + "申请书");
          browser.screenshot("catalogue-public-guide");
        });
  }

  @Test
  void theSecondOfTwoEditorsSavingOneDraftIsToldAndKeepsWhatTheyTyped() {
    try (Browser second = Browser.start()) {
      inBrowser(
          "catalogue-conflict",
          first -> {
            first.login("fgw.chief", DEMO_PASSWORD);
            String itemUrl = createItem(first, "并发编辑测试事项");
            second.login("fgw.head", DEMO_PASSWORD);
            second.driver().get(itemUrl);
            second.element("itemForm:tabs:conditions");

            first.type("itemForm:tabs:conditions", "第一位编辑填写的申请条件");
            first.click("itemForm:save");
            first.waitForTextAnywhere("草稿已保存");

            second.type("itemForm:tabs:conditions", "第二位编辑填写的申请条件");
            second.click("itemForm:save");
            second.waitForText("itemForm:messages", "该记录已被其他人修改");
            second.screenshot("catalogue-conflict");
            assertThat(second.element("itemForm:tabs:conditions").getAttribute("value"))
                .isEqualTo("第二位编辑填写的申请条件");
          });
    }
  }

  @Test
  void aPromisedLimitOverHalfTheStatutoryOneIsNamedOnSave() {
    inBrowser(
        "catalogue-rule",
        browser -> {
          browser.login("fgw.chief", DEMO_PASSWORD);
          createItem(browser, "时限规则测试事项");
          // The rules the new draft breaks are shown as soon as it opens, in the user's language.
          browser.waitForText("itemForm:violations", "行政许可事项的办理流程须包含“受理”环节");
          browser.type("itemForm:tabs:statutory", "20");
          browser.type("itemForm:tabs:promised", "15");
          browser.click("itemForm:save");
          browser.waitForText("itemForm:violations", "承诺时限 15 个工作日超过法定时限 20 个工作日的一半");
          assertThat(browser.text("itemForm:violations")).contains("行政许可事项的办理流程须包含“受理”环节");
          browser.screenshot("catalogue-rule");
        });
  }

  @Test
  void whoeverSubmittedAVersionCannotApproveItAndTheHallOfficeSendsItBackWithAReason() {
    inBrowser(
        "catalogue-self-review",
        browser -> {
          browser.login("fgw.head", DEMO_PASSWORD);
          browser.open("/staff/catalogue/items.xhtml");
          browser.click("itemsForm:create");
          browser.type("itemDialogForm:basicCode", "20" + Unique.digits(8));
          browser.type("itemDialogForm:name", "自审测试公共服务" + Unique.digits(4));
          choose(browser, "itemDialogForm:type", "20 公共服务");
          browser.click("itemDialogForm:save");
          browser.waiting().until(ExpectedConditions.urlContains("/staff/catalogue/item.xhtml"));
          String code = browser.text("itemForm:implementationCode");
          String itemPath = browser.url().substring(browser.url().indexOf("/staff/"));
          browser.type("itemForm:tabs:promised", "5");
          browser.type("itemForm:tabs:visits", "1");
          browser.type("itemForm:tabs:visitReason", "现场核验申请人身份");
          browser.type("itemForm:tabs:consultationPhone", "0913-2931234");
          browser.type("itemForm:tabs:complaintPhone", "0913-12345");
          browser.click("itemForm:submit");
          browser.click("confirmForm:confirmYes");
          browser.waitForText("itemForm:workingVersion", "待审核");

          browser.click("menuForm:menuReview");
          rowOf(browser, "reviewForm:queueTable", code)
              .findElement(By.cssSelector("[id$=':open']"))
              .click();
          browser.click("openedForm:approve");
          browser.click("confirmForm:confirmYes");
          browser.waitForText("openedForm:messages", "不能审核该版本");
          browser.screenshot("catalogue-self-review");

          browser.logout();
          browser.login("halladmin", DEMO_PASSWORD);
          browser.click("menuForm:menuReview");
          rowOf(browser, "reviewForm:queueTable", code)
              .findElement(By.cssSelector("[id$=':open']"))
              .click();
          browser.click("openedForm:reject");
          browser.click("rejectForm:save");
          browser.waitForText("rejectForm", "请填写退回修改的理由");
          browser.type("rejectForm:reason", "请补充服务对象和办理结果");
          browser.click("rejectForm:save");
          browser.waitForTextAnywhere("已退回修改");

          browser.logout();
          browser.login("fgw.head", DEMO_PASSWORD);
          browser.open(itemPath);
          browser.waitForText("itemForm:rejection", "请补充服务对象和办理结果");
          assertThat(browser.text("itemForm:workingVersion")).contains("草稿");
        });
  }

  @Test
  void theHallOfficeRecordsARoundDecidesToKeepAnItemAndCarriesItOut() {
    inBrowser(
        "catalogue-reform",
        browser -> {
          String round = "浏览器测试改革轮次" + Unique.digits(6);
          browser.login("halladmin", DEMO_PASSWORD);
          browser.click("menuForm:menuReforms");
          browser.click("reformsForm:create");
          browser.type("roundDialogForm:decidedOn_input", "2026-03-01");
          // A click outside closes the date picker's calendar, which would cover the buttons.
          browser.click("roundDialogForm:name");
          browser.type("roundDialogForm:name", round);
          browser.type("roundDialogForm:documentNumber", "渭政发〔2026〕" + Unique.digits(3) + "号");
          browser.click("roundDialogForm:save");
          browser.waiting().until(ExpectedConditions.urlContains("/staff/catalogue/reform.xhtml"));
          browser.waitForText("reformForm:counts", "共 0 项决定");

          browser.click("reformForm:decide");
          browser.type("decisionDialogForm:item_input", "食品经营");
          WebElement suggestion =
              browser
                  .waiting()
                  .until(
                      ExpectedConditions.elementToBeClickable(
                          By.cssSelector("[id='decisionDialogForm:item_panel'] li")));
          String picked = suggestion.getText();
          suggestion.click();
          choose(browser, "decisionDialogForm:outcome", "保留");
          browser.type("decisionDialogForm:note", "继续保留，优化流程");
          browser.click("decisionDialogForm:save");
          browser.waitForText("reformForm:counts", "共 1 项决定，已执行 0 项");
          assertThat(browser.text("reformForm:decisionsTable")).contains("保留", "继续保留，优化流程");

          browser.click("reformForm:decisionsTable:0:apply");
          browser.click("confirmForm:confirmYes");
          browser.waitForText("reformForm:counts", "已执行 1 项");
          assertThat(picked).contains("食品经营");
          browser.screenshot("catalogue-reform");
        });
  }

  /**
   * Picks {@code label} in the PrimeFaces select {@code id} as a user does: opens it, clicks the
   * option, and waits until the select shows it (the panel slides open, so a click can land early).
   */
  private static void choose(Browser browser, String id, String label) {
    By option =
        By.xpath("//*[@id='" + id + "_panel']//li[normalize-space(@data-label)='" + label + "']");
    for (int attempt = 0; attempt < 4; attempt++) {
      browser.click(id);
      try {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(option)).click();
        browser.waitForText(id + "_label", label);
        return;
      } catch (org.openqa.selenium.TimeoutException
          | org.openqa.selenium.ElementNotInteractableException e) {
        // The click landed while the panel was still moving: open it again.
      }
    }
    throw new AssertionError("could not pick " + label + " in " + id);
  }

  /** Runs {@code test} in a fresh Chromium and keeps a screenshot when it fails. */
  private static void inBrowser(String name, Consumer<Browser> test) {
    try (Browser browser = Browser.start()) {
      try {
        test.accept(browser);
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot(name + "-failed");
        throw e;
      }
    }
  }

  /** Creates a licensing item of the editor's department through the new item dialog. */
  private static String createItem(Browser browser, String name) {
    browser.open("/staff/catalogue/items.xhtml");
    browser.click("itemsForm:create");
    browser.type("itemDialogForm:basicCode", "01" + Unique.digits(8));
    browser.type("itemDialogForm:name", name + Unique.digits(4));
    browser.click("itemDialogForm:save");
    browser.waiting().until(ExpectedConditions.urlContains("/staff/catalogue/item.xhtml"));
    browser.element("itemForm:save");
    return browser.url();
  }

  /**
   * Opens the first item of the list that is published and has no version in the works (a run that
   * failed half-way may have left a draft on another one).
   */
  private static void openFirstPublishedItemWithoutDraft(Browser browser) {
    browser.waitForText("itemsForm:itemsTable", "已发布");
    browser.screenshot("catalogue-items");
    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("[id='itemsForm:itemsTable_data'] > tr"));
    for (WebElement row : rows) {
      boolean published =
          row.findElements(By.cssSelector("[id$=':status']")).stream()
              .anyMatch(status -> status.getText().equals("已发布"));
      boolean drafting = !row.findElements(By.cssSelector("[id$=':workingStatus']")).isEmpty();
      if (published && !drafting) {
        row.findElement(By.cssSelector("[id$=':open']")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/staff/catalogue/item.xhtml"));
        return;
      }
    }
    throw new AssertionError("no published item without a draft on the first page");
  }

  private static WebElement rowOf(Browser browser, String tableId, String text) {
    return browser
        .waiting()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//*[@id='" + tableId + "_data']/tr[.//*[normalize-space()='" + text + "']]")));
  }

  private static void openTab(Browser browser, String title) {
    browser
        .waiting()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")))
        .click();
  }

  private static int versionIn(String text) {
    Matcher matcher = VERSION.matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("no version number in " + text);
    }
    return Integer.parseInt(matcher.group(1));
  }
}
