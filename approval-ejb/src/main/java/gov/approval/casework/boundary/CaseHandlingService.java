package gov.approval.casework.boundary;

import gov.approval.audit.boundary.AuditLog;
import gov.approval.casework.control.CaseAccess;
import gov.approval.casework.control.CaseClock;
import gov.approval.casework.control.CaseCommits;
import gov.approval.casework.control.CaseNumbers;
import gov.approval.casework.control.CaseViews;
import gov.approval.casework.entity.Actor;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseFee;
import gov.approval.casework.entity.CaseNumber;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.CaseTime;
import gov.approval.casework.entity.Decision;
import gov.approval.casework.entity.DeliveryMethod;
import gov.approval.casework.entity.SpecialProcedure;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.documents.boundary.FileService;
import gov.approval.documents.boundary.StoredFileRow;
import gov.approval.documents.boundary.Upload;
import gov.approval.documents.entity.FilePurpose;
import gov.approval.documents.entity.StoredFile;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Staff handling of cases, each action allowed only to the positions holding its permission and
 * only on the caller's own department's cases, at the version their page showed: two people acting
 * at once produce one transition and one conflict message.
 */
@Stateless
@RolesAllowed(Roles.CASE_VIEW)
public class CaseHandlingService {

  static final Map<String, String> SORTABLE =
      Map.of(
          "number", "c.number",
          "itemName", "c.itemName",
          "applicantName", "c.applicant.name",
          "status", "c.status",
          "dueOn", "c.dueOn",
          "submittedAt", "c.submittedAt");

  @PersistenceContext EntityManager em;

  @Inject CaseAccess access;

  @Inject CaseClock clock;

  @Inject CaseCommits commits;

  @Inject CaseNumbers numbers;

  @Inject FileService files;

  @Inject gov.approval.mail.boundary.MailOutbox outbox;

  @Inject AuditLog audit;

  // ---- reading -----------------------------------------------------------------------------

  /**
   * The worklist: the section's cases (or only the caller's tasks: steps assigned to them, and for
   * clerks the applications waiting for acceptance), by status, due date, number or applicant.
   */
  public Page<CaseRow> worklist(@NotNull WorklistFilter filter, @NotNull PageRequest request) {
    // The staff member is read once (a query per read): for the department and for "my tasks".
    boolean readsAll = access.readsAllDepartments();
    StaffMember me = readsAll && !filter.myTasksOnly() ? null : access.me();
    Long department = readsAll ? filter.departmentId() : me.getDepartment().getId();
    Set<CaseStatus> statuses = filter.statuses().isEmpty() ? CaseStatus.OPEN : filter.statuses();
    PagedQuery<CaseRow> query =
        PagedQuery.of(
                em,
                CaseRow.class,
                "SELECT NEW gov.approval.casework.boundary.CaseRow(c.id, c.number, c.itemName,"
                    + " c.applicant.name, d.name, c.status, c.channel, c.submittedAt, c.dueOn,"
                    + " sa.displayName, c.supervisionFlag) FROM ApprovalCase c JOIN c.department d"
                    + " LEFT JOIN c.currentAssignee s LEFT JOIN s.account sa",
                "SELECT COUNT(c) FROM ApprovalCase c LEFT JOIN c.currentAssignee s")
            .where("c.department.id = :department", "department", department)
            .where("c.status IN :statuses", "statuses", statuses)
            .where("c.dueOn <= :dueBy", "dueBy", filter.dueBy())
            .search(
                "(LOWER(c.number) LIKE :search OR LOWER(c.applicant.name) LIKE :search)", request);
    if (filter.myTasksOnly()) {
      // Clerks (who accept) also see the applications waiting for acceptance as their tasks.
      if (me.permissions().contains(gov.approval.identity.entity.Permission.CASE_ACCEPT)) {
        query.where(
            "(s.id = :me OR c.status IN :intake)",
            Map.of("me", me.getId(), "intake", CaseStatus.AWAITING_ACCEPTANCE));
      } else {
        query.where("s.id = :me", "me", me.getId());
      }
    }
    Page<CaseRow> page = query.page(request, request.orderBy(SORTABLE, "c.dueOn") + ", c.id");
    return CaseLists.withDaysLeft(page, clock.now());
  }

  /** The case page: everything, with staff notes. */
  public CaseView caseFile(long caseId) {
    ApprovalCase c = access.readable(caseId);
    StaffMember me = access.me();
    // The case file holds the applicant's personal data: every read is audited with its purpose.
    audit.record(
        "CASE_FILE_READ",
        "case:" + c.getNumber(),
        me.getDepartment().isSameAs(c.getDepartment())
            ? AuditLog.PURPOSE_CASE_HANDLING
            : AuditLog.PURPOSE_SUPERVISION,
        null);
    CaseTime time = clock.now();
    return CaseViews.forStaff(c, time.calendar(), time.today(), me);
  }

  /** The mails sent (or still queued) to the applicant about a case the caller may read. */
  public java.util.List<gov.approval.mail.boundary.OutboxMailRow> mails(long caseId) {
    ApprovalCase c = access.readable(caseId);
    return outbox.forReference(c.getNumber());
  }

  /** The number of a case the caller may read, for the search box ("go to case"). */
  public Long findIdByNumber(@NotNull String number) {
    return em.createNamedQuery("ApprovalCase.findByNumber", ApprovalCase.class)
        .setParameter("number", number.strip())
        .getResultStream()
        .findFirst()
        .map(c -> access.readable(c).getId())
        .orElseThrow(() -> new NotFoundException("ApprovalCase", number));
  }

  /** Who in the caller's department may be assigned a review step. */
  public java.util.List<StaffChoice> reviewers() {
    StaffMember me = access.me();
    return em
        .createQuery(
            "SELECT s FROM StaffMember s WHERE s.department = :department", StaffMember.class)
        .setParameter("department", me.getDepartment())
        .getResultList()
        .stream()
        .filter(StaffMember::isActive)
        .filter(
            s ->
                s.getPositions().stream()
                    .anyMatch(
                        p ->
                            p.permissions()
                                .contains(gov.approval.identity.entity.Permission.CASE_REVIEW)))
        .map(s -> new StaffChoice(s.getId(), s.getName()))
        .toList();
  }

  // ---- intake and acceptance -----------------------------------------------------------------

  /** The published items of the caller's department, by name: what the window may register. */
  @RolesAllowed(Roles.CASE_INTAKE)
  public java.util.List<IntakeItem> intakeItems() {
    return em.createQuery(
            "SELECT NEW gov.approval.casework.boundary.IntakeItem(i.implementationCode, i.name)"
                + " FROM ServiceItem i WHERE i.department = :department AND i.status = :published"
                + " ORDER BY i.name, i.implementationCode",
            IntakeItem.class)
        .setParameter("department", access.me().getDepartment())
        .setParameter("published", gov.approval.catalogue.entity.VersionStatus.PUBLISHED)
        .getResultList();
  }

  /** Window intake: a clerk registers a walk-in's application; it is received at once. */
  @RolesAllowed(Roles.CASE_INTAKE)
  public CaseView registerAtWindow(
      @NotNull String itemCode,
      @NotNull @Valid ApplicantForm applicant,
      @Size(max = ApprovalCase.DESCRIPTION_LENGTH) String description) {
    ServiceItem item =
        em.createQuery(
                "SELECT i FROM ServiceItem i WHERE i.implementationCode = :code", ServiceItem.class)
            .setParameter("code", itemCode)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("ServiceItem", itemCode));
    StaffMember clerk = access.me();
    if (!clerk.getDepartment().isSameAs(item.getDepartment())) {
      throw new AccessDeniedException(
          "error.otherDepartment", item.getDepartment().getName(), clerk.getDepartment().getName());
    }
    CaseTime time = clock.now();
    ApprovalCase c =
        ApprovalCase.registerAtWindow(
            item,
            applicant.toApplicant(),
            description,
            null,
            clerk,
            numbers.next(item.getDepartment(), time.today()),
            CaseNumber.newCheckCode(),
            time);
    commits.store(c);
    return CaseViews.forStaff(c, time.calendar(), time.today(), clerk);
  }

  /** A clerk uploads a scanned material of a window case before acceptance. */
  @RolesAllowed(Roles.CASE_INTAKE)
  public CaseView uploadScan(
      long caseId, long version, int position, @NotNull @Valid Upload upload) {
    ApprovalCase c = access.actionable(caseId, version);
    StoredFileRow stored = files.store(FilePurpose.APPLICATION_MATERIAL, upload);
    CaseTime time = clock.now();
    StaffMember me = access.me();
    c.supplyMaterial(
        position, em.find(StoredFile.class, stored.id()), ApprovalCase.actorOf(me), time.now());
    commits.store(c);
    return CaseViews.forStaff(c, time.calendar(), time.today(), me);
  }

  @RolesAllowed(Roles.CASE_ACCEPT)
  public CaseView preReview(long caseId, long version, @Size(max = 2000) String note) {
    return act(caseId, version, (c, actor, time) -> c.preReview(note, actor, time));
  }

  /** The one-time correction notice: every material to correct (by position) with its reason. */
  @RolesAllowed(Roles.CASE_ACCEPT)
  public CaseView requestCorrection(
      long caseId,
      long version,
      @NotNull Map<Integer, @Size(max = 500) String> reasonsByPosition,
      @Size(max = 2000) String repeatReason) {
    return act(
        caseId,
        version,
        (c, actor, time) -> c.requestCorrection(reasonsByPosition, repeatReason, actor, time));
  }

  @RolesAllowed(Roles.CASE_ACCEPT)
  public CaseView accept(long caseId, long version) {
    return act(caseId, version, (c, actor, time) -> c.accept(actor, time));
  }

  @RolesAllowed(Roles.CASE_ACCEPT)
  public CaseView acceptWithDeficiencies(
      long caseId,
      long version,
      @NotNull Set<Integer> deferredPositions,
      @Size(max = 2000) String pledge,
      LocalDate makeUpBy) {
    return act(
        caseId,
        version,
        (c, actor, time) ->
            c.acceptWithDeficiencies(deferredPositions, pledge, makeUpBy, actor, time));
  }

  @RolesAllowed(Roles.CASE_ACCEPT)
  public CaseView refuse(long caseId, long version, @Size(max = 2000) String reasons) {
    return act(caseId, version, (c, actor, time) -> c.refuse(reasons, actor, time));
  }

  // ---- review --------------------------------------------------------------------------------

  /** Assigns the current review step to a reviewer of the department (or to oneself). */
  @RolesAllowed({Roles.CASE_REVIEW, Roles.CASE_DECIDE})
  public CaseView assign(long caseId, long version, long staffId) {
    StaffMember assignee = em.find(StaffMember.class, staffId);
    StaffMember me = access.me();
    if (assignee == null || !assignee.getDepartment().isSameAs(me.getDepartment())) {
      throw new NotFoundException("StaffMember", staffId);
    }
    return act(
        caseId, version, (c, actor, time) -> c.assignCurrentStep(assignee, actor, time.now()));
  }

  /** Assigns the current review step to the caller ("分派给我"). */
  @RolesAllowed({Roles.CASE_REVIEW, Roles.CASE_DECIDE})
  public CaseView assignToMe(long caseId, long version) {
    return assign(caseId, version, access.me().getId());
  }

  @RolesAllowed(Roles.CASE_REVIEW)
  public CaseView completeStep(long caseId, long version, @Size(max = 2000) String opinion) {
    return act(caseId, version, (c, actor, time) -> c.completeStep(opinion, actor, time));
  }

  @RolesAllowed({Roles.CASE_REVIEW, Roles.CASE_DECIDE})
  public CaseView suspend(
      long caseId, long version, SpecialProcedure kind, @Size(max = 500) String reason) {
    return act(caseId, version, (c, actor, time) -> c.suspend(kind, reason, actor, time));
  }

  @RolesAllowed({Roles.CASE_REVIEW, Roles.CASE_DECIDE})
  public CaseView resume(long caseId, long version, @Size(max = 500) String result) {
    return act(caseId, version, (c, actor, time) -> c.resume(result, actor, time));
  }

  @RolesAllowed(Roles.CASE_EXTEND)
  public CaseView extend(long caseId, long version, int days, @Size(max = 500) String reason) {
    return act(caseId, version, (c, actor, time) -> c.extend(days, reason, actor, time));
  }

  // ---- decision and after ------------------------------------------------------------------

  @RolesAllowed(Roles.CASE_DECIDE)
  public CaseView decide(
      long caseId,
      long version,
      Decision decision,
      @Size(max = 2000) String reason,
      @Size(max = 2000) String legalBasis) {
    return act(
        caseId, version, (c, actor, time) -> c.decide(decision, reason, legalBasis, actor, time));
  }

  @RolesAllowed({Roles.CASE_DECIDE, Roles.CASE_ACCEPT})
  public CaseView complete(long caseId, long version, @Size(max = 128) String certificateNumber) {
    return act(caseId, version, (c, actor, time) -> c.complete(certificateNumber, actor, time));
  }

  @RolesAllowed({Roles.CASE_DECIDE, Roles.CASE_ACCEPT})
  public CaseView deliver(
      long caseId, long version, DeliveryMethod method, @Size(max = 128) String note) {
    return act(caseId, version, (c, actor, time) -> c.deliver(method, note, actor, time));
  }

  /** A fee charged for the case, recorded at the decision or completion (chief or clerk). */
  @RolesAllowed({Roles.CASE_DECIDE, Roles.CASE_ACCEPT})
  public CaseView recordFee(
      long caseId,
      long version,
      @Size(max = CaseFee.NAME_LENGTH) String feeName,
      BigDecimal amountYuan) {
    return act(caseId, version, (c, actor, time) -> c.recordFee(feeName, amountYuan, actor, time));
  }

  /** A transition on the caller's department's case at the shown version, stored and mailed. */
  private CaseView act(long caseId, long version, Transition transition) {
    ApprovalCase c = access.actionable(caseId, version);
    CaseTime time = clock.now();
    StaffMember me = access.me();
    transition.apply(c, ApprovalCase.actorOf(me), time);
    commits.store(c);
    return CaseViews.forStaff(c, time.calendar(), time.today(), me);
  }

  @FunctionalInterface
  interface Transition {
    void apply(ApprovalCase c, Actor actor, CaseTime time);
  }
}
