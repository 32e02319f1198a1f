package gov.approval.evaluation.control;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.Measure;
import gov.approval.platform.control.Clocks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The indicator sources this feature can measure from cases and ratings. */
public final class Sources {

  private Sources() {}

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  static List<Long> ids(List<CompletedCase> done) {
    return done.stream().map(CompletedCase::caseId).toList();
  }

  /** 按时办结率: completed on or before the due date (cases without one count as on time). */
  @Dependent
  public static class OnTime implements IndicatorSource {
    @Inject CompletedCases cases;

    @Override
    public Indicator indicator() {
      return Indicator.ON_TIME_RATE;
    }

    @Override
    public Measure measure(Subject subject, MonthWindow month) {
      List<CompletedCase> done = cases.of(subject, month);
      if (done.isEmpty()) {
        return Measure.none();
      }
      long onTime =
          done.stream().filter(d -> d.dueOn() == null || !day(d).isAfter(d.dueOn())).count();
      return Measure.of(percent(onTime, done.size()), ids(done), List.of());
    }
  }

  /** 提前办结率: completed at least one working day before the due date. */
  @Dependent
  public static class Early implements IndicatorSource {
    @Inject CompletedCases cases;

    @Inject CalendarService calendars;

    @Override
    public Indicator indicator() {
      return Indicator.EARLY_COMPLETION_RATE;
    }

    @Override
    public Measure measure(Subject subject, MonthWindow month) {
      List<CompletedCase> done = cases.of(subject, month);
      if (done.isEmpty()) {
        return Measure.none();
      }
      var calendar = calendars.calendar();
      long early =
          done.stream()
              .filter(
                  d ->
                      d.dueOn() != null
                          && day(d).isBefore(d.dueOn())
                          && calendar.workingDaysBetween(day(d), d.dueOn()) >= 1)
              .count();
      return Measure.of(percent(early, done.size()), ids(done), List.of());
    }
  }

  /** 满意度: mean level (5 非常满意 … 1 非常不满意) of the counted ratings. */
  @Dependent
  public static class Satisfaction implements IndicatorSource {
    @Inject CountedRatings ratings;

    @Override
    public Indicator indicator() {
      return Indicator.SATISFACTION;
    }

    @Override
    public Measure measure(Subject subject, MonthWindow month) {
      List<CountedRating> counted = ratings.of(subject, month);
      if (counted.isEmpty()) {
        return Measure.none();
      }
      int points = counted.stream().mapToInt(c -> c.level().points()).sum();
      return Measure.of(
          BigDecimal.valueOf(points)
              .divide(BigDecimal.valueOf(counted.size()), 4, RoundingMode.HALF_UP),
          List.of(),
          counted.stream().map(CountedRating::ratingId).toList());
    }
  }

  /** 差评率: counted bad reviews per 100 cases completed in the month. */
  @Dependent
  public static class BadReviews implements IndicatorSource {
    @Inject CompletedCases cases;

    @Inject CountedRatings ratings;

    @Override
    public Indicator indicator() {
      return Indicator.BAD_REVIEWS_PER_100;
    }

    @Override
    public Measure measure(Subject subject, MonthWindow month) {
      List<CompletedCase> done = cases.of(subject, month);
      if (done.isEmpty()) {
        return Measure.none();
      }
      List<Long> bad =
          ratings.of(subject, month).stream()
              .filter(c -> c.level().isBad())
              .map(CountedRating::ratingId)
              .toList();
      return Measure.of(percent(bad.size(), done.size()), List.of(), bad);
    }
  }

  static java.time.LocalDate day(CompletedCase d) {
    return d.completedAt().atZone(Clocks.CITY_ZONE).toLocalDate();
  }
}
