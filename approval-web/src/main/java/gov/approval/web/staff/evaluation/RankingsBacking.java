package gov.approval.web.staff.evaluation;

import gov.approval.batch.evaluation.EvaluationJobs;
import gov.approval.evaluation.boundary.EvaluationResults;
import gov.approval.evaluation.boundary.ScoreDetail;
import gov.approval.evaluation.boundary.ScoreRow;
import gov.approval.evaluation.entity.SubjectKind;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /staff/evaluation/rankings.xhtml}: departments and staff ranked by month, quarter or year
 * (mean of the monthly totals), the monthly trend of the leading departments as a chart, a score's
 * components with the cases and ratings behind them, and (for the assessment office) running the
 * monthly scoring again.
 */
@Named
@ViewScoped
public class RankingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many departments the trend chart draws. */
  static final int TREND_LINES = 5;

  public enum Period {
    MONTH,
    QUARTER,
    YEAR
  }

  @Inject transient EvaluationResults results;

  @Inject transient EvaluationJobs jobs;

  @Inject ActiveUser activeUser;

  private Period period = Period.MONTH;
  private int year = YearMonth.now().minusMonths(1).getYear();
  private int number = YearMonth.now().minusMonths(1).getMonthValue();
  private SubjectKind kind = SubjectKind.DEPARTMENT;
  private List<ScoreRow> rows;
  private String trend;
  private ScoreDetail detail;

  public void load() {
    YearMonth from = from();
    YearMonth to = to();
    rows = Attempt.get(() -> results.ranking(from, to, kind));
    List<ScoreRow> monthly =
        Attempt.get(
            () -> results.scores(YearMonth.of(to.getYear(), 1), to, SubjectKind.DEPARTMENT));
    trend = monthly == null ? null : chart(monthly, to);
    detail = null;
  }

  public void show(ScoreRow row) {
    detail = Attempt.get(() -> results.detail(row.id()));
  }

  /** Starts the monthly job for the chosen month again; it replaces that month's scores. */
  public void rescore() {
    Long execution =
        Attempt.get(() -> jobs.start(YearMonth.of(year, period == Period.MONTH ? number : 12)));
    if (execution != null) {
      Texts.info("staff_evaluation_rankings.started", execution);
    }
  }

  YearMonth from() {
    return switch (period) {
      case MONTH -> YearMonth.of(year, clamp(number, 12));
      case QUARTER -> YearMonth.of(year, (clamp(number, 4) - 1) * 3 + 1);
      case YEAR -> YearMonth.of(year, 1);
    };
  }

  YearMonth to() {
    return switch (period) {
      case MONTH -> from();
      case QUARTER -> from().plusMonths(2);
      case YEAR -> YearMonth.of(year, 12);
    };
  }

  private static int clamp(int value, int max) {
    return Math.max(1, Math.min(max, value));
  }

  /** A Chart.js line chart: one line per leading department, one point per month. */
  private static String chart(List<ScoreRow> monthly, YearMonth to) {
    Map<String, Map<YearMonth, String>> byDepartment = new LinkedHashMap<>();
    monthly.stream()
        .filter(r -> r.month().equals(to))
        .sorted((a, b) -> b.total().compareTo(a.total()))
        .limit(TREND_LINES)
        .forEach(r -> byDepartment.put(r.departmentName(), new LinkedHashMap<>()));
    monthly.stream()
        .filter(r -> byDepartment.containsKey(r.departmentName()))
        .forEach(
            r -> byDepartment.get(r.departmentName()).put(r.month(), r.total().toPlainString()));
    List<YearMonth> months =
        java.util.stream.IntStream.rangeClosed(1, to.getMonthValue())
            .mapToObj(m -> YearMonth.of(to.getYear(), m))
            .toList();
    String labels = months.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(","));
    String datasets =
        byDepartment.entrySet().stream()
            .map(
                e ->
                    "{\"label\":\""
                        + e.getKey().replace("\"", "")
                        + "\",\"data\":["
                        + months.stream()
                            .map(m -> e.getValue().getOrDefault(m, "null"))
                            .collect(Collectors.joining(","))
                        + "]}")
            .collect(Collectors.joining(","));
    return "{\"type\":\"line\",\"data\":{\"labels\":["
        + labels
        + "],\"datasets\":["
        + datasets
        + "]},\"options\":{\"scales\":{\"y\":{\"min\":0,\"max\":100}}}}";
  }

  public boolean isCanRescore() {
    return activeUser.can("EVALUATION_MANAGE") || activeUser.can("JOB_MANAGE");
  }

  public Period[] getPeriods() {
    return Period.values();
  }

  public SubjectKind[] getKinds() {
    return SubjectKind.values();
  }

  public List<ScoreRow> getRows() {
    return rows;
  }

  public String getTrend() {
    return trend;
  }

  public ScoreDetail getDetail() {
    return detail;
  }

  public Period getPeriod() {
    return period;
  }

  public void setPeriod(Period period) {
    this.period = period;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public int getNumber() {
    return number;
  }

  public void setNumber(int number) {
    this.number = number;
  }

  public SubjectKind getKind() {
    return kind;
  }

  public void setKind(SubjectKind kind) {
    this.kind = kind;
  }
}
