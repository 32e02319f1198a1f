package gov.approval.it.batch;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The republication page over HTTP against the deployed platform, which has no platform address
 * configured (the demo's default): the administrator starts a run, which writes what is pending as
 * files, and then sees the ended batch and the status list; a window clerk is refused with 403 and
 * has no menu entry.
 */
class RepublicationPageIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  @Test
  void theAdministratorStartsARunAndSeesTheBatchAndTheStatuses() {
    WebClient admin = new WebClient();
    admin.login("admin", DEMO_PASSWORD);
    assertThat(admin.get("/staff/index.xhtml").html().getElementById("menuForm:menuRepublication"))
        .isNotNull();
    Page page = admin.get("/staff/admin/republication.xhtml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().title()).contains("清单发布到省平台");

    Page started = admin.submit(page, "runForm", Map.of(), "runForm:start");

    // The growl's message sits in a script; the page shows the run going on: start is disabled
    // until it ends.
    assertThat(started.status()).isEqualTo(200);
    assertThat(started.html().getElementById("runForm:start"))
        .as("the start button of the page after starting")
        .isNotNull();
    assertThat(started.html().getElementById("runForm:start").hasAttr("disabled"))
        .as("start is disabled while the run goes on")
        .isTrue();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    Page shown = admin.get("/staff/admin/republication.xhtml");
    while (!finishedBatchShown(shown)) {
      assertThat(Instant.now()).as("the batch is shown as ended").isBefore(deadline);
      shown = admin.get("/staff/admin/republication.xhtml");
    }
    // What the run exported depends on what other runs (tests in the same database) sent before;
    // the status list and its filter are shown either way.
    assertThat(shown.html().select("#itemForm\\:itemTable")).isNotEmpty();
    assertThat(shown.html().select("#itemForm\\:status option").text()).contains("已导出", "被退回");
  }

  @Test
  void aWindowClerkIsRefused() {
    WebClient clerk = new WebClient();
    clerk.login("fgw.clerk1", DEMO_PASSWORD);

    assertThat(clerk.get("/staff/admin/republication.xhtml").status()).isEqualTo(403);
    assertThat(clerk.get("/staff/index.xhtml").html().getElementById("menuForm:menuRepublication"))
        .isNull();
  }

  /** A batch row that went to files and has an end time (its fourth cell). */
  private static boolean finishedBatchShown(Page page) {
    return page.html().select("#batchForm\\:batchTable tbody tr").stream()
        .anyMatch(
            row ->
                row.text().contains("导出文件")
                    && row.select("td").size() > 3
                    && !row.select("td").get(3).text().isBlank());
  }
}
