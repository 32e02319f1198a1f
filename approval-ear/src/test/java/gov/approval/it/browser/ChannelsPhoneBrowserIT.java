package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The citizen channels in real Chromium at a phone's width (375 px): the portal home and the WeChat
 * menu pages fit without sideways scrolling, and the elder mode's toggle enlarges the type and is
 * remembered on the next page.
 */
class ChannelsPhoneBrowserIT {

  @Test
  void thePortalAndTheWeChatPagesFitAPhone() {
    try (Browser browser = Browser.start()) {
      browser.driver().manage().window().setSize(new Dimension(375, 800));
      for (String page :
          List.of(
              "/",
              "/wechat/apply.xhtml",
              "/wechat/services.xhtml",
              "/wechat/consult.xhtml",
              "/wechat/centre.xhtml")) {
        browser.open(page);
        assertThat(overflows(browser)).as(page + " fits 375 px").isFalse();
      }
      browser.open("/");
      assertThat(browser.driver().findElements(By.cssSelector("#event-MARRIAGE a")))
          .extracting(e -> e.getText())
          .contains("内地居民结婚登记");
      browser.screenshot("channels-phone-home");
    }
  }

  @Test
  void elderModeEnlargesTheTypeAndIsRemembered() {
    try (Browser browser = Browser.start()) {
      browser.driver().manage().window().setSize(new Dimension(375, 800));
      browser.open("/");
      double normal = rootFontSize(browser);
      browser.click("elderToggle");
      browser
          .waiting()
          .until(ExpectedConditions.attributeToBe(By.id("elderToggle"), "aria-pressed", "true"));
      assertThat(rootFontSize(browser)).isGreaterThan(normal);

      browser.open("/wechat/services.xhtml");
      assertThat(rootFontSize(browser)).isGreaterThan(normal);
      assertThat(browser.text("elderToggle")).isEqualTo("标准模式");
      assertThat(overflows(browser)).as("elder mode fits 375 px").isFalse();
      browser.screenshot("channels-phone-elder");

      browser.click("elderToggle");
      assertThat(rootFontSize(browser)).isEqualTo(normal);
    }
  }

  private static double rootFontSize(Browser browser) {
    Object size =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return parseFloat(getComputedStyle(document.documentElement).fontSize);");
    return ((Number) size).doubleValue();
  }

  private static boolean overflows(Browser browser) {
    Object wider =
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    return Boolean.TRUE.equals(wider);
  }
}
