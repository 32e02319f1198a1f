package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import gov.approval.it.support.TestFiles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A whole case in real Chromium, as the people involved click through it: the demo citizen applies
 * for 企业投资项目核准 with its third material missing; FGW's clerk sends the one-time correction notice;
 * the citizen supplies the material and answers; the clerk accepts; the reviewer finishes the
 * review step; the chief representative grants, completes and delivers; the citizen sees the whole
 * timeline with the notices.
 */
class WholeCaseBrowserIT {

  private static final String CITIZEN = "13800000001";
  private static final String PASSWORD = "Demo@2026";

  @Test
  void aCitizenAndFgwsStaffTakeACaseFromApplicationToDelivery() throws Exception {
    Path pdf = Files.createTempFile("material", ".pdf");
    Files.write(pdf, TestFiles.pdf("申请材料"));
    String caseId;
    String number;
    try (Browser citizen = Browser.start()) {
      citizen.login(CITIZEN, PASSWORD);
      citizen.open("/items.xhtml?q=" + URLEncoder.encode("企业投资项目核准", StandardCharsets.UTF_8));
      String guide = citizen.driver().findElement(By.linkText("企业投资项目核准")).getAttribute("href");
      String code = guide.substring(guide.indexOf("code=") + 5);
      citizen.open("/my/apply.xhtml?item=" + code);
      citizen.type("applyForm:description", "新建年产十万吨新材料项目");
      citizen.click("applyForm:start");
      citizen.element("caseItem");
      caseId = idFrom(citizen.url());

      // Every material but the third, left out on purpose.
      int slots = citizen.driver().findElements(By.cssSelector("input[type=file]")).size();
      for (int slot = 0; slot < slots; slot++) {
        if (slot != 2) {
          upload(citizen, slot, pdf);
        }
      }
      citizen.click("actionsForm:submit");
      citizen.click("confirmForm:confirmYes");
      number = citizen.element("caseNumber").getText();
      assertThat(number).matches("610500\\d{14}");
      assertThat(citizen.text("status")).isEqualTo("已提交");
    }

    try (Browser clerk = Browser.start()) {
      clerk.login("fgw.clerk1", PASSWORD);
      clerk.open("/staff/cases/worklist.xhtml?q=" + number);
      clerk.waitForTextAnywhere(number);
      clerk.open("/staff/cases/case.xhtml?id=" + caseId);
      List<WebElement> rows =
          clerk.driver().findElements(By.cssSelector("#correctionForm .correction-row"));
      rows.get(2).findElement(By.cssSelector(".ui-chkbox-box")).click();
      rows.get(2).findElement(By.cssSelector("input[type=text]")).sendKeys("未提交用地预审意见，请补充上传");
      clerk.click("correctionForm:requestCorrection");
      status(clerk, "待补正");
      clerk.screenshot("case-staff-correction-sent");
    }

    try (Browser citizen = Browser.start()) {
      citizen.login(CITIZEN, PASSWORD);
      citizen.open("/my/case.xhtml?id=" + caseId);
      citizen.waitForTextAnywhere("未提交用地预审意见");
      assertThat(citizen.driver().findElements(By.cssSelector("input[type=file]")))
          .as("only the material named in the notice can be uploaded")
          .hasSize(1);
      upload(citizen, 0, pdf);
      citizen.click("actionsForm:answerCorrection");
      citizen.click("confirmForm:confirmYes");
      citizen.waitForText("status", "已提交");
    }

    act(
        "fgw.clerk1",
        caseId,
        b -> {
          b.click("acceptForm:accept");
          status(b, "已受理");
        });
    act(
        "fgw.reviewer",
        caseId,
        b -> {
          b.type("stepForm:opinion", "项目符合国家产业政策，材料齐全，同意核准。");
          b.click("stepForm:completeStep");
          b.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepForm")));
        });
    act(
        "fgw.chief",
        caseId,
        b -> {
          b.driver().findElement(By.xpath("//label[text()='准予']")).click();
          b.type("decideForm:decisionReason", "符合核准条件，予以核准");
          b.click("decideForm:decide");
          b.click(confirmYes(b));
          status(b, "已决定");
          b.type("completeForm:certificateNumber", "渭发改核〔2026〕101号");
          b.click("completeForm:complete");
          status(b, "已办结");
          // The menu's own API chooses the item (a click on the list item can land beside it).
          ((org.openqa.selenium.JavascriptExecutor) b.driver())
              .executeScript(
                  "PrimeFaces.widgets['widget_deliverForm_deliveryMethod']"
                      + ".selectValue('WINDOW_PICKUP');");
          b.waiting()
              .until(
                  ExpectedConditions.textToBePresentInElementLocated(
                      By.id("deliverForm:deliveryMethod_label"), "窗口领取"));
          b.type("deliverForm:deliveryNote", "申请人本人领取");
          b.click("deliverForm:deliver");
          b.click(confirmYes(b));
          status(b, "已送达");
          b.screenshot("case-staff-delivered");
        });

    try (Browser citizen = Browser.start()) {
      citizen.login(CITIZEN, PASSWORD);
      citizen.open("/my/case.xhtml?id=" + caseId);
      assertThat(citizen.text("status")).isEqualTo("已送达");
      String timeline = citizen.text("timeline");
      assertThat(timeline)
          .contains("网上申报", "一次性告知补正", "补正材料已提交", "受理", "环节办理完成", "作出决定", "办结", "送达");
      assertThat(timeline).doesNotContain("项目符合国家产业政策").as("review opinions are internal");
      assertThat(citizen.driver().findElements(By.cssSelector("#timeline a[href*='/files/']")))
          .as("the notices of the steps are linked")
          .hasSizeGreaterThanOrEqualTo(5);
      citizen.screenshot("case-citizen-timeline");
    }
  }

  /** Waits for the case's status; on a timeout says what the page showed instead. */
  private static void status(Browser b, String expected) {
    try {
      b.waitForText("status", expected);
    } catch (org.openqa.selenium.TimeoutException e) {
      b.screenshot("case-status-not-" + expected);
      throw new AssertionError("status never became " + expected + "; page: " + b.pageText(), e);
    }
  }

  /** The id of the global confirm dialog's yes button on staff pages. */
  private static String confirmYes(Browser b) {
    return b.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).getAttribute("id");
  }

  private interface Steps {
    void run(Browser browser);
  }

  private static void act(String user, String caseId, Steps steps) {
    try (Browser browser = Browser.start()) {
      browser.login(user, PASSWORD);
      browser.open("/staff/cases/case.xhtml?id=" + caseId);
      steps.run(browser);
    }
  }

  /**
   * Uploads {@code file} into the {@code index}-th visible upload slot and waits for the reload.
   */
  private static void upload(Browser browser, int index, Path file) {
    List<WebElement> inputs = browser.driver().findElements(By.cssSelector("input[type=file]"));
    WebElement input = inputs.get(index);
    WebElement form = input.findElement(By.xpath("./ancestor::form"));
    input.sendKeys(file.toAbsolutePath().toString());
    WebElement send = form.findElement(By.cssSelector("button[type=submit], button"));
    send.click();
    browser.waiting().until(ExpectedConditions.stalenessOf(send));
  }

  private static String idFrom(String url) {
    Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(url);
    if (!m.find()) {
      throw new AssertionError("no case id in " + url);
    }
    return m.group(1);
  }
}
