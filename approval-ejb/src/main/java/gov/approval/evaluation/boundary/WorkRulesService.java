package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.RuleSignOff;
import gov.approval.evaluation.entity.TrainingRecord;
import gov.approval.evaluation.entity.WorkRule;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.ServiceHall;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unified daily work rules (统一的日常工作制度) and training: the hall's administrators issue rules, every
 * staff member of the hall signs them off; training records are kept per staff member and shown on
 * their profile. Staff reach their own hall's rules and their own training; the assessment office
 * and staff managers record training for others (managers only in their department).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class WorkRulesService {

  @PersistenceContext EntityManager em;

  @Inject ActingStaff staff;

  @Inject Clock clock;

  @Resource SessionContext session;

  /** The rules of the caller's hall, newest first, with the caller's signature state. */
  public List<WorkRuleRow> myHallRules() {
    StaffMember me = staff.get();
    ServiceHall hall = me.getDepartment().getSection().getHall();
    Set<Long> signed =
        new HashSet<>(
            em.createNamedQuery("RuleSignOff.ofStaff", Long.class)
                .setParameter("staff", me.getId())
                .getResultList());
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "SELECT s.rule.id, COUNT(s) FROM RuleSignOff s WHERE s.rule.hall = :hall"
                + " GROUP BY s.rule.id",
            Object[].class)
        .setParameter("hall", hall)
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
    return em
        .createNamedQuery("WorkRule.ofHall", WorkRule.class)
        .setParameter("hall", hall.getId())
        .getResultList()
        .stream()
        .map(
            w ->
                new WorkRuleRow(
                    w.getId(),
                    w.getTitle(),
                    w.getBody(),
                    w.getIssuedOn(),
                    signed.contains(w.getId()),
                    counts.getOrDefault(w.getId(), 0L)))
        .toList();
  }

  /** Issues a rule for the caller's hall. */
  @RolesAllowed(Roles.EVALUATION_MANAGE)
  public long issue(
      @NotNull @Size(max = WorkRule.TITLE_LENGTH) String title,
      @NotNull @Size(max = WorkRule.BODY_LENGTH) String body) {
    WorkRule rule =
        new WorkRule(
            staff.get().getDepartment().getSection().getHall(),
            title,
            body,
            staff.username(),
            LocalDate.now(clock));
    em.persist(rule);
    em.flush();
    return rule.getId();
  }

  /** The caller signs a rule of their hall; signing twice changes nothing. */
  public void signOff(long ruleId) {
    StaffMember me = staff.get();
    WorkRule rule = em.find(WorkRule.class, ruleId);
    if (rule == null
        || !rule.getHall().getId().equals(me.getDepartment().getSection().getHall().getId())) {
      throw new NotFoundException("WorkRule", ruleId);
    }
    long already =
        em.createNamedQuery("RuleSignOff.count", Long.class)
            .setParameter("rule", ruleId)
            .setParameter("staff", me.getId())
            .getSingleResult();
    if (already == 0) {
      em.persist(new RuleSignOff(rule, me, clock.instant()));
    }
  }

  /** The training records of {@code staffId} (the caller's own, or as a manager). */
  public List<TrainingRow> training(long staffId) {
    reachable(staffId, false);
    return em
        .createNamedQuery("TrainingRecord.ofStaff", TrainingRecord.class)
        .setParameter("staff", staffId)
        .getResultList()
        .stream()
        .map(
            t ->
                new TrainingRow(
                    t.getId(), t.getCourse(), t.getHeldOn(), t.getHours(), t.getResult()))
        .toList();
  }

  /**
   * A staff member's profile: training records and sign-offs of their hall's work rules, for
   * themselves, their department's managers and the assessment office ({@code staffId} null: the
   * caller). Three statements whatever the number of rules and records.
   */
  public StaffRecord profile(Long staffId) {
    StaffMember member = reachable(staffId == null ? staff.get().getId() : staffId, false);
    Map<Long, java.time.Instant> signed = new HashMap<>();
    em.createQuery(
            "SELECT s.rule.id, s.signedAt FROM RuleSignOff s WHERE s.staff.id = :staff",
            Object[].class)
        .setParameter("staff", member.getId())
        .getResultList()
        .forEach(r -> signed.put((Long) r[0], (java.time.Instant) r[1]));
    List<StaffRecord.SignOff> rules =
        em
            .createNamedQuery("WorkRule.ofHall", WorkRule.class)
            .setParameter("hall", member.getDepartment().getSection().getHall().getId())
            .getResultList()
            .stream()
            .map(
                w ->
                    new StaffRecord.SignOff(
                        w.getId(), w.getTitle(), w.getIssuedOn(), signed.get(w.getId())))
            .toList();
    return new StaffRecord(
        member.getId(),
        member.getAccount().getUsername(),
        member.getName(),
        member.getDepartment().getName(),
        training(member.getId()),
        rules);
  }

  /** The caller's own training records. */
  public List<TrainingRow> myTraining() {
    return training(staff.get().getId());
  }

  @RolesAllowed({Roles.EVALUATION_MANAGE, Roles.STAFF_MANAGE})
  public long recordTraining(
      long staffId,
      @NotNull @Size(max = TrainingRecord.COURSE_LENGTH) String course,
      @NotNull LocalDate heldOn,
      @NotNull BigDecimal hours,
      @Size(max = TrainingRecord.RESULT_LENGTH) String result) {
    StaffMember member = reachable(staffId, true);
    TrainingRecord record =
        new TrainingRecord(member, course, heldOn, hours, result, staff.username());
    em.persist(record);
    em.flush();
    return record.getId();
  }

  /** Whom the caller may record training for: their department, or everyone for the office. */
  @RolesAllowed({Roles.EVALUATION_MANAGE, Roles.STAFF_MANAGE})
  public List<TraineeChoice> trainees() {
    boolean all =
        session.isCallerInRole(Roles.EVALUATION_MANAGE) || session.isCallerInRole(Roles.ORG_MANAGE);
    var query =
        em.createQuery(
            "SELECT NEW gov.approval.evaluation.boundary.TraineeChoice(s.id, a.displayName, d.name)"
                + " FROM StaffMember s JOIN s.account a JOIN s.department d"
                + (all ? "" : " WHERE d.id = :department")
                + " ORDER BY d.name, a.displayName",
            TraineeChoice.class);
    if (!all) {
      query.setParameter("department", staff.get().getDepartment().getId());
    }
    return query.getResultList();
  }

  private StaffMember reachable(long staffId, boolean toRecord) {
    StaffMember member = em.find(StaffMember.class, staffId);
    if (member == null) {
      throw new NotFoundException("StaffMember", staffId);
    }
    StaffMember me = staff.get();
    boolean self = me.getId().equals(member.getId());
    boolean all =
        session.isCallerInRole(Roles.EVALUATION_MANAGE) || session.isCallerInRole(Roles.ORG_MANAGE);
    boolean manager =
        session.isCallerInRole(Roles.STAFF_MANAGE)
            && me.getDepartment().isSameAs(member.getDepartment());
    if (!(all || manager || (self && !toRecord))) {
      throw new NotFoundException("StaffMember", staffId);
    }
    return member;
  }
}
