package gov.approval.batch.admin.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.platform.boundary.BusinessException;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JobParametersTest {

  @Test
  void parsesPairsSeparatedBySemicolonsOrLines() {
    Properties p = JobParameters.parse(" mode=full; from = 2026-01-01\nto=2026-01-31;");
    assertThat(p)
        .containsEntry("mode", "full")
        .containsEntry("from", "2026-01-01")
        .containsEntry("to", "2026-01-31");
    assertThat(JobParameters.format(p)).isEqualTo("from=2026-01-01; mode=full; to=2026-01-31");
    assertThat(JobParameters.parse("  ")).isEmpty();
    assertThat(JobParameters.parse("note=a=b")).containsEntry("note", "a=b");
  }

  @Test
  void refusesAPairWithoutName() {
    assertThatThrownBy(() -> JobParameters.parse("mode=full; oops"))
        .isInstanceOf(BusinessException.class)
        .hasMessage("staff_admin_jobs.badParameters");
    assertThatThrownBy(() -> JobParameters.parse("=x")).isInstanceOf(BusinessException.class);
  }

  @Test
  void previousMonthIsFixedWhenTheJobStarts() {
    assertThat(JobParameters.forStart("month=previous", LocalDate.of(2026, 1, 1)))
        .containsEntry("month", "2025-12");
    assertThat(JobParameters.forStart("month=2026-03", LocalDate.of(2026, 11, 29)))
        .containsEntry("month", "2026-03");
    assertThat(JobParameters.forStart("", LocalDate.of(2026, 11, 29))).isEmpty();
  }

  @Test
  void everyRegisteredJobHasLabelsAndValidDefaults() {
    for (BatchJob job : BatchJob.values()) {
      assertThat(job.chineseLabel()).isNotBlank();
      assertThat(job.englishLabel()).isNotBlank();
      JobParameters.parse(job.defaultParameters());
      assertThat(BatchJob.byName(job.jobName())).contains(job);
      assertThat(BatchJob.class.getResource("/META-INF/batch-jobs/" + job.jobName() + ".xml"))
          .as("job XML of %s", job.jobName())
          .isNotNull();
    }
  }
}
