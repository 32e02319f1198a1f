package gov.approval.appointment.control;

import gov.approval.appointment.boundary.FreeSlot;
import gov.approval.appointment.boundary.PlanRow;
import gov.approval.appointment.entity.SlotPlan;
import gov.approval.appointment.entity.SlotRules;
import gov.approval.appointment.entity.SlotTime;
import gov.approval.calendar.boundary.CalendarService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The slots of a window: its own plan or the configured default, the days open to booking (working
 * days of the calendar) and each slot's booked places.
 */
@Stateless
public class Slots {

  /** The plan in force for a window. */
  public record Plan(long version, String periods, int slotMinutes, int capacity, boolean own) {

    public List<SlotTime> slots() {
      return SlotRules.slotsOf(periods, slotMinutes);
    }
  }

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject CalendarService calendars;

  @Inject
  @ConfigProperty(name = "approval.appointment.periods", defaultValue = "09:00-12:00,14:00-17:00")
  String defaultPeriods;

  @Inject
  @ConfigProperty(name = "approval.appointment.slot-minutes", defaultValue = "60")
  int defaultMinutes;

  @Inject
  @ConfigProperty(name = "approval.appointment.capacity", defaultValue = "3")
  int defaultCapacity;

  @Inject
  @ConfigProperty(name = "approval.appointment.days-ahead", defaultValue = "14")
  int daysAhead;

  public Plan planOf(Long windowId) {
    return ownPlan(windowId)
        .map(
            p ->
                new Plan(p.getVersion(), p.getPeriods(), p.getSlotMinutes(), p.getCapacity(), true))
        .orElseGet(() -> new Plan(0, defaultPeriods, defaultMinutes, defaultCapacity, false));
  }

  public Optional<SlotPlan> ownPlan(Long windowId) {
    return em.createQuery("SELECT p FROM SlotPlan p WHERE p.window.id = :w", SlotPlan.class)
        .setParameter("w", windowId)
        .getResultStream()
        .findFirst();
  }

  /** Every window's plan row for the plans page, in two statements. */
  public List<PlanRow> plans(List<Object[]> windows) {
    Map<Long, SlotPlan> own = new HashMap<>();
    if (!windows.isEmpty()) {
      em.createQuery("SELECT p FROM SlotPlan p WHERE p.window.id IN :ids", SlotPlan.class)
          .setParameter("ids", windows.stream().map(w -> (Long) w[0]).toList())
          .getResultList()
          .forEach(p -> own.put(p.getWindow().getId(), p));
    }
    return windows.stream()
        .map(
            w -> {
              SlotPlan p = own.get((Long) w[0]);
              return p == null
                  ? new PlanRow(
                      (Long) w[0],
                      (String) w[1],
                      (String) w[2],
                      (String) w[3],
                      (String) w[4],
                      0,
                      defaultPeriods,
                      defaultMinutes,
                      defaultCapacity,
                      false)
                  : new PlanRow(
                      (Long) w[0],
                      (String) w[1],
                      (String) w[2],
                      (String) w[3],
                      (String) w[4],
                      p.getVersion(),
                      p.getPeriods(),
                      p.getSlotMinutes(),
                      p.getCapacity(),
                      true);
            })
        .toList();
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  public List<LocalDate> bookableDays() {
    return SlotRules.bookableDays(now(), daysAhead, calendars.calendar());
  }

  public boolean isBookableDay(LocalDate day) {
    return SlotRules.isBookableDay(day, now(), daysAhead, calendars.calendar());
  }

  /** The day's slots of a window with their booked places; none on a day that cannot be booked. */
  public List<FreeSlot> day(Long windowId, LocalDate day) {
    if (!isBookableDay(day)) {
      return List.of();
    }
    Plan plan = planOf(windowId);
    Map<LocalTime, Long> booked = new HashMap<>();
    em.createQuery(
            "SELECT a.start, COUNT(a) FROM Appointment a WHERE a.window.id = :w AND a.day = :d"
                + " AND a.seat IS NOT NULL GROUP BY a.start",
            Object[].class)
        .setParameter("w", windowId)
        .setParameter("d", day)
        .getResultList()
        .forEach(r -> booked.put((LocalTime) r[0], (Long) r[1]));
    LocalDateTime now = now();
    return plan.slots().stream()
        .map(
            s ->
                new FreeSlot(
                    s.start(),
                    s.end(),
                    plan.capacity(),
                    booked.getOrDefault(s.start(), 0L).intValue(),
                    SlotRules.notStarted(day, s.start(), now)))
        .toList();
  }
}
