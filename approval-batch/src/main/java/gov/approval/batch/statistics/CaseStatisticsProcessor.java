package gov.approval.batch.statistics;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Passes each day of the chunk on to {@link CaseStatisticsWriter}, which computes the chunk's days
 * together. The job parameter {@code failOnDay} (an ISO day) makes it throw on that day: the test
 * hook for a crash in the middle of the step (and of a chunk), which rolls the whole chunk back.
 */
@Named("caseStatisticsProcessor")
@Dependent
public class CaseStatisticsProcessor implements ItemProcessor {

  @Inject
  @BatchProperty(name = "failOnDay")
  String failOnDay;

  @Override
  public Object processItem(Object item) {
    StatisticsDay day = (StatisticsDay) item;
    if (failOnDay != null
        && !failOnDay.isBlank()
        && LocalDate.parse(failOnDay.strip()).equals(day.day())) {
      throw new IllegalStateException(
          "Forced failure on " + day.day() + " (job parameter failOnDay)");
    }
    return day;
  }
}
