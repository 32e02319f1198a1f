package gov.approval.web.staff.supervision;

import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.control.Clocks;
import gov.approval.statistics.boundary.LiveNumbers;
import gov.approval.statistics.boundary.StatisticsQuery;
import gov.approval.statistics.boundary.StatisticsQuery.Grouping;
import gov.approval.statistics.boundary.StatisticsRow;
import gov.approval.statistics.boundary.StatisticsService;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /staff/supervision/statistics.xhtml}: the statistics dashboard over the nightly table
 * (period, region level, department and item filters; a grouping for the table and its Excel
 * export), Chart.js charts per day and per department, the ten items most applied for, and today's
 * numbers counted live because the nightly table stops at the last run.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many items the "most received" table lists. */
  static final int TOP_ITEMS = 10;

  @Inject transient StatisticsService statistics;

  @Inject ActiveUser activeUser;

  private String fromParam;
  private String toParam;
  private LocalDate from;
  private LocalDate to;
  private String regionLevel;
  private Long departmentId;
  private Long itemId;
  private Grouping grouping = Grouping.DEPARTMENT;

  private LocalDate lastComputedDay;
  private LiveNumbers live;
  private List<StatisticsRow> rows = List.of();
  private List<StatisticsRow> departments = List.of();
  private List<StatisticsRow> items = List.of();
  private List<StatisticsRow> topItems = List.of();
  private String dailyChart;
  private String onTimeChart;
  private String handlingChart;
  private String itemLimitsChart;
  private String warningsChart;

  /** The view action: the statistics readers only; then the period from the view parameters. */
  public void init() {
    if (!(activeUser.can("SUPERVISE")
        || activeUser.can("AUDIT_VIEW")
        || activeUser.can("JOB_MANAGE")
        || activeUser.can("EVALUATION_MANAGE"))) {
      throw new AccessDeniedException("error.403.text");
    }
    LocalDate today = LocalDate.now(Clocks.CITY_ZONE);
    from = parse(fromParam, today.withDayOfMonth(1));
    to = parse(toParam, today);
    load();
  }

  /** Runs the queries for the current filters and rebuilds the charts. */
  public void load() {
    if (from == null || to == null || to.isBefore(from)) {
      Texts.error("staff_supervision_statistics.badPeriod");
      return;
    }
    lastComputedDay = Attempt.get(statistics::lastComputedDay);
    live = Attempt.get(() -> statistics.liveNumbers(LocalDate.now(Clocks.CITY_ZONE)));
    List<StatisticsRow> days = query(Grouping.DAY);
    departments = query(Grouping.DEPARTMENT);
    items = query(Grouping.ITEM);
    rows =
        switch (grouping) {
          case DAY -> days;
          case DEPARTMENT -> departments;
          case ITEM -> items;
          default -> query(grouping);
        };
    topItems =
        items.stream()
            .sorted(Comparator.comparingLong(StatisticsRow::received).reversed())
            .limit(TOP_ITEMS)
            .toList();
    dailyChart =
        days.isEmpty()
            ? null
            : Charts.of(
                "line",
                days,
                List.of(
                    Charts.series(
                        Texts.text("staff_supervision_statistics.received"),
                        r -> BigDecimal.valueOf(r.received())),
                    Charts.series(
                        Texts.text("staff_supervision_statistics.accepted"),
                        r -> BigDecimal.valueOf(r.accepted())),
                    Charts.series(
                        Texts.text("staff_supervision_statistics.completed"),
                        r -> BigDecimal.valueOf(r.completed()))));
    itemLimitsChart = itemLimitsChart(items);
    if (departments.isEmpty()) {
      onTimeChart = handlingChart = warningsChart = null;
      return;
    }
    onTimeChart =
        Charts.of(
            "bar",
            departments,
            List.of(
                Charts.series(
                    Texts.text("staff_supervision_statistics.onTimeRate"),
                    StatisticsBacking::onTimeRate)));
    handlingChart =
        Charts.of(
            "bar",
            departments,
            List.of(
                Charts.series(
                    Texts.text("staff_supervision_statistics.averageDays"),
                    StatisticsRow::averageHandlingDays)));
    warningsChart =
        Charts.of(
            "bar",
            departments,
            List.of(
                Charts.series(
                    Texts.text("staff_supervision_statistics.warnings"),
                    r -> BigDecimal.valueOf(r.warnings())),
                Charts.series(
                    Texts.text("staff_supervision_statistics.complaints"),
                    r -> BigDecimal.valueOf(r.complaints()))));
  }

  /**
   * Handling days of the items with the most completed cases, average and highest daily 90th
   * percentile as bars, beside their promised and statutory limits as lines (the "average
   * handling days against promised and statutory limits").
   */
  private String itemLimitsChart(List<StatisticsRow> items) {
    List<StatisticsRow> completed =
        items.stream()
            .filter(r -> r.completed() > 0)
            .sorted(Comparator.comparingLong(StatisticsRow::completed).reversed())
            .limit(TOP_ITEMS)
            .toList();
    if (completed.isEmpty()) {
      return null;
    }
    Map<Long, StatisticsService.ItemLimits> limits =
        Attempt.get(
            () -> statistics.limits(completed.stream().map(r -> Long.valueOf(r.key())).toList()));
    Map<Long, StatisticsService.ItemLimits> known = limits == null ? Map.of() : limits;
    Function<StatisticsRow, StatisticsService.ItemLimits> limitOf =
        r ->
            known.getOrDefault(Long.valueOf(r.key()), new StatisticsService.ItemLimits(null, null));
    return Charts.of(
        "bar",
        completed,
        List.of(
            Charts.series(
                Texts.text("staff_supervision_statistics.averageDays"),
                StatisticsRow::averageHandlingDays),
            Charts.series(
                Texts.text("staff_supervision_statistics.p90Days"),
                r -> r.maxDailyP90() == null ? null : BigDecimal.valueOf(r.maxDailyP90())),
            Charts.line(
                Texts.text("staff_supervision_statistics.promisedDays"),
                r -> decimal(limitOf.apply(r).promised())),
            Charts.line(
                Texts.text("staff_supervision_statistics.statutoryDays"),
                r -> decimal(limitOf.apply(r).statutory()))));
  }

  private static BigDecimal decimal(Integer days) {
    return days == null ? null : BigDecimal.valueOf(days);
  }

  private List<StatisticsRow> query(Grouping by) {
    List<StatisticsRow> result =
        Attempt.get(
            () ->
                statistics.query(
                    new StatisticsQuery(from, to, departmentId, itemId, regionLevel, null, by)));
    return result == null ? List.of() : result;
  }

  private static LocalDate parse(String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      Texts.error("staff_supervision_statistics.badDate", value);
      return fallback;
    }
  }

  /** Completed on time of completed, in percent; null (no bar) when nothing was completed. */
  public static BigDecimal onTimeRate(StatisticsRow row) {
    return row.completed() == 0
        ? null
        : BigDecimal.valueOf(row.completedOnTime() * 100)
            .divide(BigDecimal.valueOf(row.completed()), 1, RoundingMode.HALF_UP);
  }

  /** The group's name as users read it: region levels and channels through the bundle. */
  public String label(StatisticsRow row) {
    return switch (grouping) {
      case REGION_LEVEL -> Texts.text("RegionLevel." + row.label());
      case CHANNEL -> Texts.text("CaseChannel." + row.label());
      default -> row.label();
    };
  }

  /** Chart.js configurations as JSON, one label per row and one dataset per series. */
  static final class Charts {

    /** One dataset; {@code type} overrides the chart's type for it (a line over bars), or null. */
    record Series(String name, Function<StatisticsRow, BigDecimal> value, String type) {}

    static Series series(String name, Function<StatisticsRow, BigDecimal> value) {
      return new Series(name, value, null);
    }

    static Series line(String name, Function<StatisticsRow, BigDecimal> value) {
      return new Series(name, value, "line");
    }

    static String of(String type, List<StatisticsRow> rows, List<Series> series) {
      String labels = rows.stream().map(r -> quote(r.label())).collect(Collectors.joining(","));
      String datasets =
          series.stream()
              .map(
                  s ->
                      "{"
                          + (s.type() == null ? "" : "\"type\":\"" + s.type() + "\",")
                          + "\"label\":"
                          + quote(s.name())
                          + ",\"data\":["
                          + rows.stream()
                              .map(s.value())
                              .map(v -> v == null ? "null" : v.toPlainString())
                              .collect(Collectors.joining(","))
                          + "]}")
              .collect(Collectors.joining(","));
      return "{\"type\":\""
          + type
          + "\",\"data\":{\"labels\":["
          + labels
          + "],\"datasets\":["
          + datasets
          + "]},\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    /** A JSON string; names come from the catalogue, so quotes and backslashes are dropped. */
    static String quote(String text) {
      return "\""
          + (text == null ? "" : text.replace("\\", "").replace("\"", "").replace("\n", " "))
          + "\"";
    }
  }

  public boolean isNoStatistics() {
    return lastComputedDay == null;
  }

  public List<Grouping> getGroupings() {
    return Arrays.stream(Grouping.values()).filter(g -> g != Grouping.TOTAL).toList();
  }

  public List<String> getRegionLevels() {
    return List.of("CITY", "COUNTY", "TOWN", "VILLAGE");
  }

  public String getFromParam() {
    return fromParam;
  }

  public void setFromParam(String fromParam) {
    this.fromParam = fromParam;
  }

  public String getToParam() {
    return toParam;
  }

  public void setToParam(String toParam) {
    this.toParam = toParam;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getRegionLevel() {
    return regionLevel;
  }

  public void setRegionLevel(String regionLevel) {
    this.regionLevel = regionLevel == null || regionLevel.isBlank() ? null : regionLevel;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public Grouping getGrouping() {
    return grouping;
  }

  public void setGrouping(Grouping grouping) {
    // No choice sent (a client without the select) keeps the default rather than failing.
    this.grouping = grouping == null ? Grouping.DEPARTMENT : grouping;
  }

  public LocalDate getLastComputedDay() {
    return lastComputedDay;
  }

  public LiveNumbers getLive() {
    return live;
  }

  public List<StatisticsRow> getRows() {
    return rows;
  }

  public List<StatisticsRow> getDepartments() {
    return departments;
  }

  public List<StatisticsRow> getItems() {
    return items;
  }

  public List<StatisticsRow> getTopItems() {
    return topItems;
  }

  public String getDailyChart() {
    return dailyChart;
  }

  public String getOnTimeChart() {
    return onTimeChart;
  }

  public String getItemLimitsChart() {
    return itemLimitsChart;
  }

  public String getHandlingChart() {
    return handlingChart;
  }

  public String getWarningsChart() {
    return warningsChart;
  }
}
