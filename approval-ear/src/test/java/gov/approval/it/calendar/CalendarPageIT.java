package gov.approval.it.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendar page over HTTP as an administrator and as a clerk sees it. */
class CalendarPageIT {

  @Test
  void theAdministratorSeesTheYearAndCalculatesADueDateWithItsExplanation() {
    WebClient admin = new WebClient();
    admin.login("admin", "Demo@2026");

    Page page = admin.get("/staff/admin/calendar.xhtml");
    assertThat(page.status()).isEqualTo(200);
    page = admin.submit(page, "daysForm", Map.of("daysForm:year_input", "2026"), "daysForm:year");
    assertThat(page.html().select("#daysForm\\:days tbody tr").eachText())
        .anyMatch(row -> row.contains("2026-02-14") && row.contains("星期六") && row.contains("春节调休"));

    Page result =
        admin.submit(
            page,
            "calculatorForm",
            Map.of(
                "calculatorForm:start_input", "2026-02-12",
                "calculatorForm:limit_input", "5",
                "calculatorForm:limit_hinput", "5",
                "calculatorForm:unit_input", "WORKING_DAYS"),
            "calculatorForm:calculate");

    assertThat(result.html().select("#calculatorForm\\:dueDate").text()).isEqualTo("2026-02-26");
    assertThat(result.html().select("#explanation li").eachText())
        .contains("2026-02-14 为春节调休上班日，计入。")
        .contains("2026-02-15 至 2026-02-23 春节放假，共 9 天，不计入。")
        .contains("办结期限：2026-02-26。");
  }

  @Test
  void aClerkIsRefusedTheCalendarPage() {
    WebClient clerk = new WebClient();
    clerk.login("fgw.clerk1", "Demo@2026");

    Page page = clerk.get("/staff/admin/calendar.xhtml");

    assertThat(page.status()).isEqualTo(403);
    assertThat(clerk.get("/staff/index.xhtml").html().select("#menuForm\\:menuCalendar")).isEmpty();
  }
}
