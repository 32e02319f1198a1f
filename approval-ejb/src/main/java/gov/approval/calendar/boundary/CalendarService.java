package gov.approval.calendar.boundary;

import gov.approval.calendar.control.CalendarCache;
import gov.approval.calendar.entity.CalendarDay;
import gov.approval.calendar.entity.DayKind;
import gov.approval.calendar.entity.DueDate;
import gov.approval.calendar.entity.Extension;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.calendar.entity.ScheduleFile;
import gov.approval.calendar.entity.SpecialDay;
import gov.approval.calendar.entity.Suspension;
import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working-day calendar: anyone may compute a due date (every deadline shown anywhere comes from
 * {@link #due}); administrators holding CALENDAR_EDIT keep the holidays and make-up days, one by
 * one or a whole year from a schedule file ({@link ScheduleFile}).
 */
@Stateless
@RolesAllowed(Roles.CALENDAR_EDIT)
public class CalendarService {

  /** The years a schedule may be imported for. */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2100;

  @PersistenceContext EntityManager em;

  @Inject CalendarCache cache;

  @Inject Event<CalendarCache.Changed> changed;

  /**
   * The calendar with every recorded day (a few dozen per year, so it is read whole), from the
   * cache that every change here drops.
   */
  @PermitAll
  public WorkingCalendar calendar() {
    return cache.get(
        () ->
            WorkingCalendar.of(
                em
                    .createNamedQuery("CalendarDay.findAll", CalendarDay.class)
                    .getResultList()
                    .stream()
                    .map(CalendarDay::toSpecialDay)
                    .toList()));
  }

  @PermitAll
  public DueDate due(
      @NotNull LocalDate start,
      @Min(0) int limitDays,
      @NotNull LimitUnit unit,
      @NotNull List<Suspension> suspensions,
      @NotNull List<Extension> extensions) {
    return calendar().due(start, limitDays, unit, suspensions, extensions);
  }

  public List<CalendarDayRow> year(int year) {
    return em
        .createNamedQuery("CalendarDay.findBetween", CalendarDay.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .getResultList()
        .stream()
        .map(CalendarService::row)
        .toList();
  }

  /** The years that record days, newest first. */
  public List<CalendarYear> years() {
    return em.createNamedQuery("CalendarDay.findAll", CalendarDay.class).getResultList().stream()
        .collect(Collectors.groupingBy(d -> d.getDay().getYear()))
        .entrySet()
        .stream()
        .map(
            e ->
                new CalendarYear(
                    e.getKey(),
                    e.getValue().stream().filter(d -> d.getKind() == DayKind.HOLIDAY).count(),
                    e.getValue().stream().filter(d -> d.getKind() == DayKind.WORKDAY).count()))
        .sorted((a, b) -> Integer.compare(b.year(), a.year()))
        .toList();
  }

  /** Records a day, or changes the day already recorded for that date. */
  public CalendarDayRow save(@NotNull @Valid CalendarDayForm form, Long id, long version) {
    checkKindFitsWeekday(form.day(), form.kind());
    CalendarDay existing =
        em.createNamedQuery("CalendarDay.findByDay", CalendarDay.class)
            .setParameter("day", form.day())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (id == null) {
      if (existing != null) {
        throw new BusinessException("calendar.day.exists", form.day());
      }
      CalendarDay day = new CalendarDay(form.day(), form.kind(), form.name());
      em.persist(day);
      changed.fire(new CalendarCache.Changed());
      em.flush();
      return row(day);
    }
    CalendarDay day = Lookups.get(em, CalendarDay.class, id);
    Versions.check(day.getVersion(), version);
    if (!day.getDay().equals(form.day())) {
      throw new BusinessException("calendar.day.dateFixed");
    }
    day.change(form.kind(), form.name());
    changed.fire(new CalendarCache.Changed());
    em.flush();
    return row(day);
  }

  public void remove(@NotNull Long id, long version) {
    CalendarDay day = Lookups.get(em, CalendarDay.class, id);
    Versions.check(day.getVersion(), version);
    em.remove(day);
    changed.fire(new CalendarCache.Changed());
  }

  /**
   * Replaces the days of {@code year} with those of a schedule file; a file with any problem
   * changes nothing and lists every problem by line. Returns how many days were recorded.
   */
  public int importYear(int year, @NotNull String text) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new BusinessException("calendar.import.year", FIRST_YEAR, LAST_YEAR);
    }
    ScheduleFile.Result read = ScheduleFile.read(year, text);
    if (!read.accepted()) {
      throw new ScheduleRefusedException(read.problems());
    }
    em.createQuery("DELETE FROM CalendarDay d WHERE d.day BETWEEN :from AND :to")
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .executeUpdate();
    for (SpecialDay day : read.days()) {
      em.persist(new CalendarDay(day.day(), day.kind(), day.name()));
    }
    changed.fire(new CalendarCache.Changed());
    return read.days().size();
  }

  private static void checkKindFitsWeekday(LocalDate day, DayKind kind) {
    if (!kind.fits(day)) {
      throw new BusinessException("calendar.import.workdayOnWeekday", day);
    }
  }

  private static CalendarDayRow row(CalendarDay day) {
    return new CalendarDayRow(
        day.getId(),
        day.getVersion(),
        day.getDay(),
        day.getDay().getDayOfWeek(),
        day.getKind(),
        day.getName());
  }
}
