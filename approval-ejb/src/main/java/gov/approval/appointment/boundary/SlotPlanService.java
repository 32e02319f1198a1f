package gov.approval.appointment.boundary;

import gov.approval.appointment.control.Slots;
import gov.approval.appointment.entity.SlotPlan;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The slot plans of the windows: the hall office (ORG_MANAGE) keeps every window's, a department
 * head (DEPARTMENT_MANAGE) their own department's. A window without a plan follows the defaults.
 */
@Stateless
@RolesAllowed({Roles.ORG_MANAGE, Roles.DEPARTMENT_MANAGE})
public class SlotPlanService {

  @PersistenceContext EntityManager em;

  @Inject ActingStaff acting;

  @Inject Slots slots;

  /** The plans of the active windows the caller may change, by hall and number. */
  public List<PlanRow> plans() {
    Optional<Long> confined = acting.confinedToDepartment();
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT w.id, h.name, w.number, w.name, d.name FROM ServiceWindow w JOIN w.hall h"
                + " JOIN w.section s JOIN s.department d WHERE w.active = TRUE"
                + (confined.isPresent() ? " AND d.id = :d" : "")
                + " ORDER BY h.name, w.number",
            Object[].class);
    confined.ifPresent(d -> query.setParameter("d", d));
    return slots.plans(query.getResultList());
  }

  /**
   * Stores a window's plan; {@code version} is the plan's as shown (any value when the window had
   * none yet). Bookings already made keep their times.
   */
  public void save(@NotNull Long windowId, long version, @NotNull @Valid PlanForm form) {
    ServiceWindow window = Lookups.get(em, ServiceWindow.class, windowId);
    acting.checkMayActOn(window.getSection().getDepartment());
    Optional<SlotPlan> own = slots.ownPlan(windowId);
    if (own.isPresent()) {
      Versions.check(own.get().getVersion(), version);
      own.get().change(form.periods(), form.slotMinutes(), form.capacity());
    } else {
      em.persist(new SlotPlan(window, form.periods(), form.slotMinutes(), form.capacity()));
    }
  }
}
