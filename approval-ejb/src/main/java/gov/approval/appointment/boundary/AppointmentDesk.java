package gov.approval.appointment.boundary;

import gov.approval.appointment.control.Slots;
import gov.approval.appointment.entity.Appointment;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The hall's view of the day's bookings: window staff see their own department's windows, the hall
 * office (ORG_MANAGE) every window of a hall; they mark who came and who did not.
 */
@Stateless
@RolesAllowed({Roles.CASE_INTAKE, Roles.ORG_MANAGE})
public class AppointmentDesk {

  @PersistenceContext EntityManager em;

  @Inject ActingStaff acting;

  @Inject Slots slots;

  /** The halls the caller may look at: every active hall, or the hall of their own section. */
  public List<Choice> halls() {
    Optional<Long> confined = acting.confinedToDepartment();
    String jpql =
        "SELECT DISTINCT NEW gov.approval.appointment.boundary.Choice(h.id, h.name)"
            + " FROM ServiceWindow w JOIN w.hall h JOIN w.section s WHERE h.active = TRUE"
            + (confined.isPresent() ? " AND s.department.id = :d" : "");
    TypedQuery<Choice> query = em.createQuery(jpql, Choice.class);
    confined.ifPresent(d -> query.setParameter("d", d));
    return query.getResultList().stream()
        .sorted(java.util.Comparator.comparing(Choice::label))
        .toList();
  }

  /** The bookings of a day in a hall that the caller may see, by time and window. */
  public List<DeskRow> day(@NotNull Long hallId, @NotNull LocalDate day) {
    Optional<Long> confined = acting.confinedToDepartment();
    TypedQuery<DeskRow> query =
        em.createQuery(
            "SELECT NEW gov.approval.appointment.boundary.DeskRow(a.id, a.version, a.number,"
                + " a.start, a.end, w.number, w.name, d.name, i.name, c.displayName, c.mobile,"
                + " a.status) FROM Appointment a JOIN a.window w JOIN w.section s"
                + " JOIN s.department d JOIN a.item i JOIN a.citizen c"
                + " WHERE w.hall.id = :hall AND a.day = :day"
                + " AND a.status <> gov.approval.appointment.entity.AppointmentStatus.CANCELLED"
                + (confined.isPresent() ? " AND d.id = :d" : "")
                + " ORDER BY a.start, w.number, a.seat",
            DeskRow.class);
    query.setParameter("hall", hallId).setParameter("day", day);
    confined.ifPresent(d -> query.setParameter("d", d));
    return query.getResultList();
  }

  public void markArrived(@NotNull Long id, long version) {
    Appointment a = load(id, version);
    a.markArrived(acting.username(), slots.now().toLocalDate());
  }

  public void markNoShow(@NotNull Long id, long version) {
    Appointment a = load(id, version);
    a.markNoShow(acting.username(), slots.now());
  }

  private Appointment load(Long id, long version) {
    Appointment a = em.find(Appointment.class, id);
    if (a == null) {
      throw new NotFoundException("Appointment", id);
    }
    acting.checkMayActOn(a.getWindow().getSection().getDepartment());
    Versions.check(a.getVersion(), version);
    return a;
  }
}
