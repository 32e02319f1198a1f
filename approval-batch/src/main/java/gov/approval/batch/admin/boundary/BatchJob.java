package gov.approval.batch.admin.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The registry of jobs admins may start and schedule: job XML name, labels and the parameters a new
 * schedule or a start begins with. Adding a job is one constant here (and its job XML).
 */
public enum BatchJob {
  CASE_STATISTICS("case-statistics", "办件统计（每日）", "Case statistics (daily)", "mode=incremental"),
  LIST_REPUBLICATION(
      "list-republication", "清单发布到省平台", "List republication to the provincial platform", ""),
  MONTHLY_EVALUATION(
      "monthly-evaluation", "月度绩效考核", "Monthly performance evaluation", "month=previous");

  private final String jobName;
  private final String chineseLabel;
  private final String englishLabel;
  private final String defaultParameters;

  BatchJob(String jobName, String chineseLabel, String englishLabel, String defaultParameters) {
    this.jobName = jobName;
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.defaultParameters = defaultParameters;
  }

  public String jobName() {
    return jobName;
  }

  public String chineseLabel() {
    return chineseLabel;
  }

  public String englishLabel() {
    return englishLabel;
  }

  /** Parameters as {@code key=value} pairs separated by {@code ;} (see {@link JobParameters}). */
  public String defaultParameters() {
    return defaultParameters;
  }

  public static Optional<BatchJob> byName(String jobName) {
    return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
  }
}
