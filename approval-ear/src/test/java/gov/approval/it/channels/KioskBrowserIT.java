package gov.approval.it.channels;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import gov.approval.it.support.JsonClient;
import gov.approval.it.support.TestFiles;
import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebCitizens;
import gov.approval.it.support.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The kiosk in real Chromium: a citizen types a case number and check code with the on-screen
 * keyboard only, reads the progress on a page without login links, and the page returns to the
 * kiosk start page after inactivity (the test shortens the timeout through the page's hook); in
 * kiosk mode the server sends the user centre, the login and the back office to the kiosk start.
 */
class KioskBrowserIT {

  private static final String PASSWORD = "Kiosk2026pass";

  @Test
  void theOnScreenKeyboardRunsAProgressQueryAndInactivityReturnsToTheStart() {
    String[] submitted = submittedCase();
    String number = submitted[0];
    String checkCode = submitted[1];
    try (Browser browser = Browser.start()) {
      browser.driver().manage().window().setSize(new Dimension(1024, 768));
      browser.open("/kiosk/index.xhtml");
      assertThat(browser.driver().findElements(By.cssSelector("[id$=login], a[href*='/my/']")))
          .isEmpty();
      assertThat(browser.element("kioskHalls").getSize().getHeight()).isGreaterThanOrEqualTo(48);

      browser.click("number");
      browser.element("kioskKeyboard");
      assertThat(browser.element("key-7").getSize().getHeight()).isGreaterThanOrEqualTo(48);
      tap(browser, number);
      browser.click("code");
      tap(browser, "X");
      browser.click("keyBackspace");
      tap(browser, checkCode);
      assertThat(browser.element("number").getAttribute("value")).isEqualTo(number);
      assertThat(browser.element("code").getAttribute("value")).isEqualTo(checkCode);
      browser.screenshot("kiosk-keyboard");
      browser.click("keyDone");
      browser.click("query");

      browser.waitForText("resultNumber", number);
      assertThat(browser.text("resultStatus")).isNotBlank();
      // A public page reached from the kiosk is a kiosk page too: no login, a way back to the
      // start.
      assertThat(browser.driver().findElement(By.id("portalHeaderForm:login")).isDisplayed())
          .isFalse();
      assertThat(browser.element("kioskHome").isDisplayed()).isTrue();
      browser.screenshot("kiosk-progress");

      ((JavascriptExecutor) browser.driver())
          .executeScript("window.approvalKiosk.setIdleSeconds(1);");
      browser.waiting().until(ExpectedConditions.urlContains("/kiosk/index.xhtml"));
      browser.element("kioskProgress");
      assertThat(browser.element("number").getAttribute("value")).isEmpty();
    }
  }

  @Test
  void inKioskModeTheUserCentreLoginAndBackOfficeLeadBackToTheKioskStart() {
    try (Browser browser = Browser.start()) {
      browser.open("/kiosk/index.xhtml");
      browser.element("kioskProgress");
      for (String closed :
          List.of("/my/cases.xhtml", "/login.xhtml", "/staff/index.xhtml", "/register.xhtml")) {
        browser.open(closed);
        browser.waiting().until(ExpectedConditions.urlContains("/kiosk/index.xhtml"));
        assertThat(browser.element("kioskProgress").isDisplayed()).as(closed).isTrue();
      }
      // Public pages stay open, with the rating code field on the rate tile's page.
      browser.open("/progress.xhtml");
      assertThat(browser.url()).contains("/progress.xhtml");
      browser.click("kioskHome");
      browser.click("kioskRate");
      browser.click("codeForm:code");
      assertThat(browser.element("key-7").isDisplayed()).isTrue();
      assertThat(browser.driver().findElement(By.id("key-A")).isDisplayed())
          .as("digits only")
          .isFalse();
      tap(browser, "12");
      assertThat(browser.element("codeForm:code").getAttribute("value")).isEqualTo("12");
      browser.screenshot("kiosk-rating-code");
    }
  }

  @Test
  void theHallPagesFitAPhone() {
    try (Browser browser = Browser.start()) {
      browser.driver().manage().window().setSize(new Dimension(375, 800));
      browser.open("/halls.xhtml");
      assertThat(overflows(browser)).as("halls fit 375 px").isFalse();
      browser.driver().findElement(By.cssSelector("#hallList .hall-name")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/hall.xhtml?id="));
      browser.element("hallDetails");
      assertThat(overflows(browser)).as("a hall fits 375 px").isFalse();
      browser.screenshot("hall-phone");
    }
  }

  private static boolean overflows(Browser browser) {
    Object wider =
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    return Boolean.TRUE.equals(wider);
  }

  private static void tap(Browser browser, String text) {
    for (char c : text.toCharArray()) {
      browser.click("key-" + c);
    }
  }

  /** A case submitted through the mobile API by a new citizen: its number and check code. */
  private static String[] submittedCase() {
    String mobile =
        WebCitizens.register(new WebClient(), "柯" + TestPeople.mobile().substring(8), PASSWORD);
    ApiClient.Answer issued =
        new ApiClient().post("/api/tokens", Map.of("mobile", mobile, "password", PASSWORD));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    ApiClient api = new ApiClient().withToken((String) issued.get("token"));
    List<Map<String, Object>> items =
        new JsonClient().get("/api/items?online=FULL&size=1").list("items");
    ApiClient.Answer draft =
        api.post(
            "/api/my/cases",
            Map.of("itemCode", items.get(0).get("implementationCode"), "description", "自助机查询"));
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    long id = ((Number) draft.get("id")).longValue();
    ApiClient.Answer uploaded =
        api.upload(
            "/api/my/cases/" + id + "/materials/0?version=" + draft.get("version"),
            "申请表.pdf",
            TestFiles.pdf("kiosk"));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    ApiClient.Answer submitted =
        api.post("/api/my/cases/" + id + "/submission?version=" + uploaded.get("version"), null);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    return new String[] {(String) submitted.get("number"), (String) submitted.get("checkCode")};
  }
}
