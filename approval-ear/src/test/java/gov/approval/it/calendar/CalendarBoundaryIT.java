package gov.approval.it.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.calendar.boundary.CalendarDayForm;
import gov.approval.calendar.boundary.CalendarDayRow;
import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.boundary.ScheduleRefusedException;
import gov.approval.calendar.entity.DayKind;
import gov.approval.calendar.entity.DueDate;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.calendar.entity.ScheduleProblem;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The working-day calendar in the real server: the demo schedule, due dates for everyone, and the
 * administrator's changes. Each test that changes days works in a year of its own, far from the
 * years any other test computes deadlines in.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarBoundaryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(CalendarBoundaryIT.class);
  }

  @Inject CalendarService calendar;

  @Test
  @ActAs("fgw.clerk1")
  void anyStaffMemberGetsDueDatesFromTheDemoSchedule() {
    DueDate due =
        calendar.due(LocalDate.of(2026, 2, 12), 5, LimitUnit.WORKING_DAYS, List.of(), List.of());

    assertThat(due.due()).isEqualTo(LocalDate.of(2026, 2, 26));
    assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
  }

  @Test
  @ActAs("fgw.clerk1")
  void aClerkCannotChangeTheCalendar() {
    assertThatThrownBy(
            () ->
                calendar.save(
                    new CalendarDayForm(LocalDate.of(2090, 1, 2), DayKind.HOLIDAY, "自定假日"),
                    null,
                    0))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> calendar.importYear(2090, "2090-01-02, 放假, 自定假日"))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  @ActAs("admin")
  void anAdministratorAddsChangesAndRemovesADayAndAStaleChangeIsAConflict() {
    LocalDate day = LocalDate.of(2091, 5, 2);
    CalendarDayRow added = calendar.save(new CalendarDayForm(day, DayKind.HOLIDAY, "劳动节"), null, 0);
    assertThat(calendar.calendar().isWorkingDay(day)).isFalse();

    CalendarDayRow changed =
        calendar.save(
            new CalendarDayForm(day, DayKind.HOLIDAY, "劳动节（调整）"), added.id(), added.version());
    assertThat(calendar.year(2091)).extracting(CalendarDayRow::name).containsExactly("劳动节（调整）");

    assertThatThrownBy(
            () ->
                calendar.save(
                    new CalendarDayForm(day, DayKind.HOLIDAY, "旧表单"), added.id(), added.version()))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThatThrownBy(
            () -> calendar.save(new CalendarDayForm(day, DayKind.HOLIDAY, "重复"), null, 0))
        .isInstanceOf(BusinessException.class)
        .hasMessage("calendar.day.exists");

    calendar.remove(changed.id(), changed.version());
    assertThat(calendar.year(2091)).isEmpty();
    assertThat(calendar.calendar().isWorkingDay(day)).isTrue();
  }

  @Test
  @ActAs("admin")
  void aMakeUpWorkingDayOnAWeekdayAndAnUnnamedDayAreRefused() {
    assertThatThrownBy(
            () ->
                calendar.save(
                    new CalendarDayForm(LocalDate.of(2092, 3, 5), DayKind.WORKDAY, "调休"), null, 0))
        .isInstanceOf(BusinessException.class)
        .hasMessage("calendar.import.workdayOnWeekday");
    assertThatThrownBy(
            () ->
                calendar.save(
                    new CalendarDayForm(LocalDate.of(2092, 3, 5), DayKind.HOLIDAY, " "), null, 0))
        .isInstanceOf(EJBException.class);
    assertThat(calendar.year(2092)).isEmpty();
  }

  @Test
  @ActAs("admin")
  void anImportReplacesTheYearAndABadFileChangesNothing() {
    int count =
        calendar.importYear(2093, "# 2093\n2093-01-01~2093-01-03, 放假, 元旦\n2093-01-04, 上班, 元旦调休\n");
    assertThat(count).isEqualTo(4);

    assertThatThrownBy(
            () ->
                calendar.importYear(
                    2093,
                    "2093-10-01~2093-10-07, 放假, 国庆节\n2093-13-01, 放假, 坏日期\n2094-01-01, 放假, 明年"))
        .isInstanceOfSatisfying(
            ScheduleRefusedException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(ScheduleProblem::line, ScheduleProblem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "calendar.import.date"),
                        org.assertj.core.groups.Tuple.tuple(3, "calendar.import.otherYear")));
    assertThat(calendar.year(2093)).extracting(CalendarDayRow::name).containsOnly("元旦", "元旦调休");

    assertThat(calendar.importYear(2093, "2093-10-01~2093-10-07, 放假, 国庆节")).isEqualTo(7);
    assertThat(calendar.year(2093)).extracting(CalendarDayRow::name).containsOnly("国庆节");
    assertThat(calendar.years()).anySatisfy(y -> assertThat(y.year()).isEqualTo(2093));
  }
}
