package gov.approval.it.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import gov.approval.statistics.boundary.LiveNumbers;
import gov.approval.statistics.boundary.StatisticsQuery;
import gov.approval.statistics.boundary.StatisticsRow;
import gov.approval.statistics.boundary.StatisticsService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics dashboard: rows of the nightly table for a month long past are summed by the read
 * model and shown to a supervisor on the page (department name and totals, opened with the month as
 * view parameters); today's live numbers count received, accepted and completed cases of a day by
 * the city's time zone; a window clerk is refused with 403 and has no menu entry. The page is read
 * over HTTP from inside the server, where the rows are inserted.
 */
@ExtendWith(ArquillianExtension.class)
@ActAs("supervisor")
class StatisticsDashboardIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  /** A month no other test and no demo data touch. */
  private static final LocalDate MONTH = LocalDate.of(2010, 5, 1);

  /** The day of the live-number cases, also long past. */
  private static final LocalDate LIVE_DAY = LocalDate.of(2010, 6, 15);

  private static final String APPLICANT = "统计看板测试";

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear =
        Deployments.platformWith(StatisticsDashboardIT.class, WebClient.class, Page.class);
    // The HTTP client of the page test runs inside the server with the test.
    ear.getAsType(WebArchive.class, "test.war").addAsLibraries(jarOf(org.jsoup.Jsoup.class));
    return ear;
  }

  @Inject StatisticsService statistics;

  @Resource(lookup = "java:app/jdbc/approval")
  DataSource dataSource;

  @Inject HttpServletRequest request;

  @Test
  void aSupervisorSeesTheMonthsTotalsPerDepartmentAndAClerkIsRefused() throws Exception {
    String[] department = insertStatistics();
    List<StatisticsRow> rows =
        statistics.query(
            new StatisticsQuery(
                MONTH,
                MONTH.plusMonths(1).minusDays(1),
                null,
                null,
                null,
                null,
                StatisticsQuery.Grouping.DEPARTMENT));
    assertThat(rows).extracting(StatisticsRow::label).containsExactly(department[1]);
    assertThat(rows.get(0).received()).isEqualTo(17);
    assertThat(rows.get(0).completed()).isEqualTo(9);

    useServerPort();
    WebClient supervisor = new WebClient();
    supervisor.login("supervisor", DEMO_PASSWORD);
    assertThat(
            supervisor
                .get("/staff/index.xhtml")
                .html()
                .getElementById("menuForm:menuSupervisionStatistics"))
        .isNotNull();
    Page page = supervisor.get("/staff/supervision/statistics.xhtml?from=2010-05-01&to=2010-05-31");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().title()).contains("办件统计分析");
    List<String> cells =
        page.html().select("#statisticsForm\\:groupedRows tbody tr").stream()
            .filter(row -> row.text().contains(department[1]))
            .findFirst()
            .map(row -> row.select("td").stream().map(Element::text).toList())
            .orElseThrow(
                () -> new AssertionError("no row of " + department[1] + ": " + page.text()));
    // Group, received, accepted, refused, completed, on time, overdue, average days, ...
    assertThat(cells.subList(0, 8))
        .containsExactly(department[1], "17", "15", "2", "9", "8", "1", "2.00");
    assertThat(page.html().getElementById("statisticsForm:dailyChart")).isNotNull();
    assertThat(page.html().getElementById("statisticsForm:export")).isNotNull();
    assertThat(page.html().getElementById("liveReceived").text()).startsWith("收件");

    // Grouped by channel: one row per channel, named through the bundle.
    Page byChannel =
        supervisor.submit(
            page,
            "statisticsForm",
            Map.of(
                "statisticsForm:grouping_input", "CHANNEL",
                "statisticsForm:regionLevel_input", "",
                "statisticsForm:department_input", "",
                "statisticsForm:item_input", ""),
            "statisticsForm:show");
    assertThat(byChannel.html().select("#statisticsForm\\:groupedRows tbody tr"))
        .extracting(Element::text)
        .anySatisfy(row -> assertThat(row).startsWith("网上申报 10 9"))
        .anySatisfy(row -> assertThat(row).startsWith("窗口收件 7 6"));

    // The export answers a workbook (a zip with the spreadsheet parts), not an error page.
    Page export =
        supervisor.submit(
            byChannel,
            "statisticsForm",
            Map.of(
                "statisticsForm:grouping_input", "CHANNEL",
                "statisticsForm:regionLevel_input", "",
                "statisticsForm:department_input", "",
                "statisticsForm:item_input", ""),
            "statisticsForm:export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.html().html()).contains("[Content_Types].xml");

    WebClient clerk = new WebClient();
    clerk.login("fgw.clerk1", DEMO_PASSWORD);
    assertThat(clerk.get("/staff/supervision/statistics.xhtml").status()).isEqualTo(403);
    assertThat(
            clerk
                .get("/staff/index.xhtml")
                .html()
                .getElementById("menuForm:menuSupervisionStatistics"))
        .isNull();
  }

  @Test
  void liveNumbersCountTheDaysCasesByTheCitysDays() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement delete =
          connection.prepareStatement("delete from approval_case where applicant_name = ?")) {
        delete.setString(1, APPLICANT);
        delete.executeUpdate();
      }
      long[] item = anItem(connection);
      // Completed in the morning, late in the evening (still the day in the city, the next day in
      // UTC), and just after midnight (the next day): two of three completed on the day.
      insertCase(connection, item, LIVE_DAY, LIVE_DAY.atTime(10, 0));
      insertCase(connection, item, LIVE_DAY, LIVE_DAY.atTime(23, 30));
      insertCase(connection, item, LIVE_DAY, LIVE_DAY.plusDays(1).atTime(0, 30));
      // Received the day before, accepted on the day, open.
      insertCase(connection, item, LIVE_DAY.minusDays(1), null);
    }

    LiveNumbers live = statistics.liveNumbers(LIVE_DAY);

    assertThat(live.day()).isEqualTo(LIVE_DAY);
    assertThat(live.received()).isEqualTo(3);
    assertThat(live.accepted()).isEqualTo(4);
    assertThat(live.completed()).isEqualTo(2);
  }

  /** Rows for two days of the month on one department; returns its id and name. */
  private String[] insertStatistics() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      long[] item = anItem(connection);
      String name;
      try (PreparedStatement select =
          connection.prepareStatement("select name from department where id = ?")) {
        select.setLong(1, item[2]);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          name = rs.getString(1);
        }
      }
      try (PreparedStatement delete =
          connection.prepareStatement(
              "delete from case_daily_statistics where stat_day >= ? and stat_day < ?")) {
        delete.setDate(1, Date.valueOf(MONTH));
        delete.setDate(2, Date.valueOf(MONTH.plusMonths(1)));
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into case_daily_statistics (stat_day, department_id, item_id, region_level,"
                  + " channel, received, accepted, refused, corrected, deficiency_accepted,"
                  + " completed, completed_on_time, overdue, handling_days_total,"
                  + " handling_days_avg, handling_days_p90, ratings, complaints, warnings,"
                  + " computed_at) values (?, ?, ?, 'CITY', ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, null,"
                  + " ?, 0, ?, ?, ?)")) {
        // day, channel, received, accepted, refused, completed, on time, overdue, days, p90,
        // complaints, warnings
        Object[][] data = {
          {MONTH.plusDays(2), "ONLINE", 10, 9, 1, 5, 5, 0, 8, 3, 1, 2},
          {MONTH.plusDays(3), "WINDOW", 7, 6, 1, 4, 3, 1, 10, 4, 0, 1}
        };
        for (Object[] d : data) {
          insert.setDate(1, Date.valueOf((LocalDate) d[0]));
          insert.setLong(2, item[2]);
          insert.setLong(3, item[0]);
          insert.setString(4, (String) d[1]);
          for (int i = 2; i < d.length; i++) {
            insert.setInt(i + 3, (Integer) d[i]);
          }
          insert.setTimestamp(15, Timestamp.valueOf(LocalDateTime.now()));
          insert.executeUpdate();
        }
      }
      return new String[] {Long.toString(item[2]), name};
    }
  }

  /** A published item: its id, published version and department. */
  private static long[] anItem(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "select id, published_version_id, department_id from service_item"
                    + " where published_version_id is not null order by id");
        ResultSet rs = select.executeQuery()) {
      assertThat(rs.next()).as("a published item").isTrue();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    }
  }

  private static void insertCase(
      Connection connection, long[] item, LocalDate received, LocalDateTime completedInCity)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into approval_case (version, item_id, item_version_id, department_id,"
                + " item_name, channel, status, applicant_kind, applicant_name,"
                + " contact_name, contact_phone, created_at, updated_at, received_on,"
                + " accepted_on, promised_limit_days, due_on, completed_at)"
                + " values (0, ?, ?, ?, '统计看板', 'ONLINE', ?, 'PERSON', ?, ?,"
                + " '13900000000', ?, ?, ?, ?, 5, ?, ?)")) {
      Timestamp created = Timestamp.from(received.atStartOfDay(CITY).toInstant());
      insert.setLong(1, item[0]);
      insert.setLong(2, item[1]);
      insert.setLong(3, item[2]);
      insert.setString(4, completedInCity == null ? "ACCEPTED" : "COMPLETED");
      insert.setString(5, APPLICANT);
      insert.setString(6, APPLICANT);
      insert.setTimestamp(7, created);
      insert.setTimestamp(8, created);
      insert.setDate(9, Date.valueOf(received));
      insert.setDate(10, Date.valueOf(LIVE_DAY));
      insert.setDate(11, Date.valueOf(LIVE_DAY.plusDays(7)));
      insert.setTimestamp(
          12,
          completedInCity == null
              ? null
              : Timestamp.from(completedInCity.atZone(CITY).toInstant()));
      insert.executeUpdate();
    }
  }

  /**
   * The page test runs in the server, where the build's base URL is not set: the platform is on
   * this server's HTTP listener.
   */
  private void useServerPort() {
    if (System.getProperty("approval.baseUrl") == null) {
      // The test itself runs in the request that Arquillian sent to this listener.
      System.setProperty(
          "approval.baseUrl", "http://localhost:" + request.getLocalPort() + "/approval");
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
