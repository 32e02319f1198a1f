package gov.approval.complaints.control;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.complaints.boundary.EscalationRun;
import gov.approval.complaints.entity.Complaint;
import gov.approval.complaints.entity.ComplaintStatus;
import gov.approval.identity.entity.Position;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Escalates overdue complaints: the department head is mailed the first working day after the
 * deadline, the supervisors {@code approval.complaints.supervisor-after-days} working days after
 * it. A timer on every server tries each hour, but only the server that claims the round in the
 * database runs it, so a cluster mails once; each level is reached once per complaint anyway.
 */
@Stateless
public class ComplaintEscalation {

  private static final Logger LOG = Logger.getLogger(ComplaintEscalation.class.getName());

  static final String CLAIM = "escalation";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject Clock clock;

  @Inject CalendarService calendars;

  @Inject ComplaintSupport support;

  @Inject
  @ConfigProperty(name = "approval.complaints.supervisor-after-days", defaultValue = "3")
  int supervisorAfterDays;

  @Inject
  @ConfigProperty(name = "approval.complaints.escalation.lease-minutes", defaultValue = "50")
  int leaseMinutes;

  @Schedule(hour = "*", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void hourly() {
    Instant now = clock.instant();
    if (context.getBusinessObject(ComplaintEscalation.class).claim(now)) {
      EscalationRun run = runAsOf(LocalDate.now(clock));
      LOG.fine(() -> "Complaint escalation: " + run);
    }
  }

  /**
   * Claims this round for this server: a conditional update that succeeds for one server only until
   * the lease has passed.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(Instant now) {
    return em.createNativeQuery(
                "UPDATE complaint_timer_claim SET claimed_until = ?, version = version + 1"
                    + " WHERE name = ? AND claimed_until <= ?")
            .setParameter(1, Timestamp.from(now.plus(Duration.ofMinutes(leaseMinutes))))
            .setParameter(2, CLAIM)
            .setParameter(3, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  /** Escalates as of {@code day}, each complaint in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public EscalationRun runAsOf(LocalDate day) {
    ComplaintEscalation self = context.getBusinessObject(ComplaintEscalation.class);
    int heads = 0;
    int supervisors = 0;
    int failed = 0;
    for (Long id : self.overdue(day)) {
      try {
        int level = self.escalate(id, day);
        heads += level == Complaint.ESCALATED_TO_HEAD ? 1 : 0;
        supervisors += level == Complaint.ESCALATED_TO_SUPERVISOR ? 1 : 0;
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "Escalation of complaint " + id + " failed: " + e.getMessage());
      }
    }
    return new EscalationRun(heads, supervisors, failed);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> overdue(LocalDate day) {
    return em.createNamedQuery("Complaint.overdue", Long.class)
        .setParameter("open", Set.of(ComplaintStatus.OPEN, ComplaintStatus.REOPENED))
        .setParameter("day", day)
        .getResultList();
  }

  /** Raises one complaint's level as far as {@code day} calls for; returns the new level or 0. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int escalate(long id, LocalDate day) {
    Complaint c = em.find(Complaint.class, id);
    if (c == null || c.getDueOn() == null || c.getDepartment() == null) {
      return 0;
    }
    int overdueDays = calendars.calendar().workingDaysBetween(c.getDueOn(), day);
    if (overdueDays < 1) {
      return 0;
    }
    int level =
        overdueDays >= supervisorAfterDays
            ? Complaint.ESCALATED_TO_SUPERVISOR
            : Complaint.ESCALATED_TO_HEAD;
    int before = c.getEscalationLevel();
    if (!c.escalateTo(level, clock.instant())) {
      return 0;
    }
    if (before < Complaint.ESCALATED_TO_HEAD) {
      recipients(Position.DEPARTMENT_HEAD, c.getDepartment().getId())
          .forEach(to -> support.mailEscalation(to, "complaint.ESCALATED_HEAD", c, overdueDays));
    }
    if (level == Complaint.ESCALATED_TO_SUPERVISOR) {
      recipients(Position.SUPERVISOR, null)
          .forEach(
              to -> support.mailEscalation(to, "complaint.ESCALATED_SUPERVISOR", c, overdueDays));
    }
    return level;
  }

  /**
   * The addresses of active staff holding {@code position} (in {@code departmentId} if given),
   * found by the database: positions are stored as one comma-separated column, and no position's
   * name is part of another's, so a LIKE on the name finds exactly its holders.
   */
  @SuppressWarnings("unchecked")
  private List<String> recipients(Position position, Long departmentId) {
    var query =
        em.createNativeQuery(
                "SELECT a.email FROM staff_member s JOIN user_account a ON a.id = s.account_id"
                    + " WHERE s.positions LIKE ?1 AND a.active = TRUE AND a.email IS NOT NULL"
                    + (departmentId == null ? "" : " AND s.department_id = ?2")
                    + " ORDER BY a.email")
            .setParameter(1, "%" + position.name() + "%");
    if (departmentId != null) {
      query.setParameter(2, departmentId);
    }
    return ((List<String>) query.getResultList()).stream().filter(e -> !e.isBlank()).toList();
  }
}
