package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * The administrator in real Chromium: opens the batch jobs page from the menu, starts the
 * statistics job for a fortnight and watches the progress bar refresh by itself until it is done.
 */
class JobsBrowserIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  @Test
  void adminStartsTheStatisticsJobAndWatchesItFinish() {
    try (Browser browser = Browser.start()) {
      browser.login("admin", DEMO_PASSWORD);
      browser.click("menuForm:menuJobs");
      browser.waitForTextAnywhere("运行历史");

      browser.type("jobsForm:startParameters", "mode=full; from=2012-05-07; to=2012-05-20");
      browser.click("jobsForm:start");

      // No click after the start: the poll alone brings the end.
      browser.waitForText("jobsForm:progressPanel", "14 / 14");
      browser.waitForText("jobsForm:progressPanel", "执行");
      assertThat(browser.text("jobsForm:progressPanel")).contains("已完成 14 / 14 天");
      assertThat(browser.text("jobsForm:progressBar")).contains("100%");
      browser.waitForText("jobsForm:historyTable", "14 / 14 / 0");
      assertThat(browser.text("jobsForm:historyTable")).contains("from=2012-05-07");
      browser.screenshot("jobs-statistics-finished");
    }
  }
}
