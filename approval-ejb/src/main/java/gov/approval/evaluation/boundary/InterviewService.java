package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.Interview;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Interviews (约谈) of the bottom three: the assessment office records the interview and closes it
 * once corrections are confirmed; the department's head reads its own and adds follow-up notes.
 */
@Stateless
@RolesAllowed({Roles.EVALUATION_MANAGE, Roles.SUPERVISE, Roles.DEPARTMENT_MANAGE})
public class InterviewService {

  static final int LIST_LIMIT = 200;

  @PersistenceContext EntityManager em;

  @Inject ActingStaff staff;

  @Inject Clock clock;

  @Resource SessionContext session;

  /** Open interviews first, newest month first. */
  public List<InterviewRow> interviews() {
    boolean all = seesAll();
    Long own = all ? null : staff.get().getDepartment().getId();
    return em
        .createNamedQuery("Interview.list", Interview.class)
        .setMaxResults(LIST_LIMIT)
        .getResultList()
        .stream()
        .filter(i -> all || i.getDepartment().getId().equals(own))
        .map(InterviewRow::of)
        .toList();
  }

  @RolesAllowed(Roles.EVALUATION_MANAGE)
  public InterviewRow record(
      long id,
      long version,
      LocalDate on,
      @Size(max = 500) String attendees,
      @Size(max = Interview.TEXT_LENGTH) String corrections) {
    Interview i = find(id, version);
    i.record(on, attendees, corrections);
    return stored(i);
  }

  public InterviewRow followUp(
      long id, long version, @NotNull @Size(max = Interview.TEXT_LENGTH) String note) {
    Interview i = find(id, version);
    i.followUp(note, staff.username(), LocalDate.now(clock));
    return stored(i);
  }

  @RolesAllowed(Roles.EVALUATION_MANAGE)
  public InterviewRow close(long id, long version) {
    Interview i = find(id, version);
    i.close(staff.username(), clock.instant());
    return stored(i);
  }

  private InterviewRow stored(Interview i) {
    em.flush();
    return InterviewRow.of(i);
  }

  private Interview find(long id, long version) {
    Interview i = em.find(Interview.class, id);
    if (i == null || (!seesAll() && !staff.get().getDepartment().isSameAs(i.getDepartment()))) {
      throw new NotFoundException("Interview", id);
    }
    Versions.check(i.getVersion(), version);
    return i;
  }

  private boolean seesAll() {
    return session.isCallerInRole(Roles.EVALUATION_MANAGE)
        || session.isCallerInRole(Roles.SUPERVISE);
  }
}
