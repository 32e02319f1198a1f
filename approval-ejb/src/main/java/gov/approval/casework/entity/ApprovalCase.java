package gov.approval.casework.entity;

import gov.approval.calendar.entity.DueDate;
import gov.approval.calendar.entity.Extension;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.calendar.entity.Suspension;
import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.ProcessStep;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.documents.entity.StoredFile;
import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One application and its handling (办件). Every transition is a method that first checks the current
 * status (and the rules of the law and the item) and then records itself on the timeline; nothing
 * outside changes the status. Deadlines are never stored alone: {@link #dueDate} computes them with
 * their explanation from the calendar, and {@code dueOn} only keeps a copy for sorting and indexing
 * worklists.
 */
@Entity
@Table(name = "approval_case")
@NamedQuery(
    name = "ApprovalCase.findByNumber",
    query = "SELECT c FROM ApprovalCase c WHERE c.number = :number")
@NamedQuery(
    name = "ApprovalCase.awaitingAcceptance",
    query = "SELECT c.id FROM ApprovalCase c WHERE c.status IN :statuses AND c.dueOn < :today")
@NamedQuery(
    name = "ApprovalCase.deficienciesDue",
    query =
        "SELECT c.id FROM ApprovalCase c WHERE c.deficiencyDueOn IS NOT NULL"
            + " AND c.status IN :statuses AND c.deficiencyDueOn <= :until")
public class ApprovalCase {

  public static final int NUMBER_LENGTH = 20;
  public static final int CHECK_CODE_LENGTH = 6;
  public static final int DESCRIPTION_LENGTH = 2000;
  public static final int REASON_LENGTH = 2000;
  public static final int SHORT_LENGTH = 128;

  /**
   * Licensing Law Art. 32: corrections are asked for within five days of receipt, in one notice.
   */
  public static final int CORRECTION_WINDOW_DAYS = 5;

  /** Licensing Law Art. 42: the head may extend the limit by ten days, once. */
  public static final int DEFAULT_EXTENSION_DAYS = 10;

  /** 容缺: the applicant is reminded this many working days before the make-up date. */
  public static final int DEFICIENCY_REMINDER_DAYS = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(length = NUMBER_LENGTH, unique = true)
  private String number;

  @Column(name = "check_code", length = CHECK_CODE_LENGTH)
  private String checkCode;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ServiceItem item;

  /** The version that governs this case for its whole life, even after the item changes. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_version_id", nullable = false, updatable = false)
  private ItemVersion itemVersion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Department department;

  @Column(name = "item_name", nullable = false, updatable = false, length = ItemVersion.NAME_LENGTH)
  private String itemName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private CaseChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private CaseStatus status;

  @Embedded private Applicant applicant;

  @Column(length = DESCRIPTION_LENGTH)
  private String description;

  /** The citizen account that applied online, or empty for a walk-in registered at a window. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id", updatable = false)
  private UserAccount owner;

  /** Who the current review step is assigned to, copied for the "my tasks" worklist. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_assignee_id")
  private StaffMember currentAssignee;

  @Column(name = "intake_by", length = CaseEvent.ACTOR_LENGTH, updatable = false)
  private String intakeBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  /**
   * The day the (last complete) materials were received: the five-day correction rule runs from it.
   */
  @Column(name = "received_on")
  private LocalDate receivedOn;

  @Column(name = "accepted_on")
  private LocalDate acceptedOn;

  @Column(name = "acceptance_deemed", nullable = false)
  private boolean acceptanceDeemed;

  @Column(name = "accepted_by", length = CaseEvent.ACTOR_LENGTH)
  private String acceptedBy;

  @Column(name = "promised_limit_days", nullable = false, updatable = false)
  private int promisedLimitDays;

  @Column(name = "statutory_limit_days", updatable = false)
  private Integer statutoryLimitDays;

  /** Copy of the current deadline (acceptance, then completion) for worklists; see dueDate. */
  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "correction_count", nullable = false)
  private int correctionCount;

  /** Something supervision must look at (a second correction notice), with the reason given. */
  @Column(name = "supervision_flag", length = REASON_LENGTH)
  private String supervisionFlag;

  @Column(name = "deficiency_pledge", length = REASON_LENGTH)
  private String deficiencyPledge;

  @Column(name = "deficiency_due_on")
  private LocalDate deficiencyDueOn;

  @Column(name = "deficiency_reminded_on")
  private LocalDate deficiencyRemindedOn;

  @Column(name = "refusal_reasons", length = REASON_LENGTH)
  private String refusalReasons;

  @Enumerated(EnumType.STRING)
  @Column(length = 8)
  private Decision decision;

  @Column(name = "decision_reason", length = REASON_LENGTH)
  private String decisionReason;

  @Column(name = "decision_basis", length = REASON_LENGTH)
  private String decisionBasis;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = CaseEvent.ACTOR_LENGTH)
  private String decidedBy;

  @Column(name = "certificate_number", length = SHORT_LENGTH)
  private String certificateNumber;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_method", length = 16)
  private DeliveryMethod deliveryMethod;

  @Column(name = "delivery_note", length = SHORT_LENGTH)
  private String deliveryNote;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "closed_reason", length = REASON_LENGTH)
  private String closedReason;

  @OneToMany(mappedBy = "approvalCase", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CaseMaterial> materials = new ArrayList<>();

  @OneToMany(mappedBy = "approvalCase", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CaseStep> steps = new ArrayList<>();

  @OneToMany(
      mappedBy = "approvalCase",
      cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
  @OrderBy("occurredAt, id")
  private List<CaseEvent> events = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "case_suspension", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "sort_index")
  private List<CaseSuspension> suspensions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "case_fee", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "sort_index")
  private List<CaseFee> fees = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "case_extension", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "sort_index")
  @AttributeOverride(name = "days", column = @Column(name = "extra_days"))
  private List<CaseExtension> extensions = new ArrayList<>();

  /** Events appended since load, for the boundary to mail and to attach notices to. */
  private transient List<CaseEvent> appended = new ArrayList<>();

  protected ApprovalCase() {}

  private ApprovalCase(
      ServiceItem item,
      ItemVersion governing,
      CaseChannel channel,
      Applicant applicant,
      String description,
      UserAccount owner,
      Instant now) {
    this.item = item;
    this.itemVersion = governing;
    this.department = item.getDepartment();
    this.itemName = governing.getName();
    this.channel = channel;
    this.status = CaseStatus.DRAFT;
    this.applicant = applicant;
    this.description = description;
    this.owner = owner;
    this.createdAt = now;
    this.updatedAt = now;
    ItemContent content = governing.content();
    this.promisedLimitDays = content.promisedLimitDays();
    this.statutoryLimitDays = content.statutoryLimitDays();
    List<ItemMaterial> listed = content.materials();
    for (int i = 0; i < listed.size(); i++) {
      materials.add(new CaseMaterial(this, i, listed.get(i)));
    }
  }

  /**
   * A citizen's draft for the item's published version. Items that are suspended or ended take no
   * new applications.
   */
  public static ApprovalCase draft(
      ServiceItem item,
      Applicant applicant,
      String description,
      UserAccount owner,
      Actor actor,
      Instant now) {
    ItemVersion governing = governingVersion(item);
    ApprovalCase c =
        new ApprovalCase(item, governing, CaseChannel.ONLINE, applicant, description, owner, now);
    c.record(actor, CaseAction.DRAFTED, null, null, null, now);
    return c;
  }

  /**
   * A walk-in's application registered by a window clerk; it is received at once (no draft, no
   * pre-review).
   */
  public static ApprovalCase registerAtWindow(
      ServiceItem item,
      Applicant applicant,
      String description,
      UserAccount owner,
      StaffMember clerk,
      String number,
      String checkCode,
      CaseTime time) {
    ItemVersion governing = governingVersion(item);
    ApprovalCase c =
        new ApprovalCase(
            item, governing, CaseChannel.WINDOW, applicant, description, owner, time.now());
    c.intakeBy = clerk.getAccount().getUsername();
    c.receive(number, checkCode, time);
    c.record(
        actorOf(clerk), CaseAction.REGISTERED_AT_WINDOW, CaseStatus.DRAFT, null, null, time.now());
    return c;
  }

  private static ItemVersion governingVersion(ServiceItem item) {
    if (item.getStatus() != gov.approval.catalogue.entity.VersionStatus.PUBLISHED) {
      throw new BusinessException("casework.apply.itemNotOpen", item.getName());
    }
    return item.findPublished()
        .orElseThrow(() -> new BusinessException("casework.apply.itemNotOpen", item.getName()));
  }

  public static Actor actorOf(StaffMember staff) {
    return new Actor(staff.getAccount().getUsername(), staff.getName());
  }

  // ---- the applicant's side ----------------------------------------------------------------

  public void editDraft(Applicant newApplicant, String newDescription, Instant now) {
    requireStatus("editDraft", CaseStatus.DRAFT);
    this.applicant = newApplicant;
    this.description = newDescription;
    this.updatedAt = now;
  }

  /**
   * Puts {@code file} in the material at {@code position}: any material of a draft (or a window
   * registration before acceptance); once a correction is asked for, only the materials it names;
   * after acceptance with deficiencies, only the deferred ones.
   */
  public void supplyMaterial(int position, StoredFile file, Actor actor, Instant now) {
    CaseMaterial material = material(position);
    boolean allowed =
        switch (status) {
          case DRAFT -> true;
          case SUBMITTED, PRE_REVIEWED -> channel == CaseChannel.WINDOW;
          case CORRECTION_REQUESTED -> material.getState() == MaterialState.TO_CORRECT;
          case ACCEPTED, SUSPENDED -> material.getState() == MaterialState.DEFERRED;
          default -> false;
        };
    if (!allowed) {
      throw new BusinessException("casework.material.notNow", material.getName());
    }
    boolean wasDeferred = material.getState() == MaterialState.DEFERRED;
    material.supply(file, now);
    this.updatedAt = now;
    if (wasDeferred) {
      record(actor, CaseAction.DEFICIENCY_SUPPLIED, status, material.getName(), null, now);
      if (materials.stream().noneMatch(m -> m.getState() == MaterialState.DEFERRED)) {
        this.deficiencyDueOn = null;
      }
    } else if (status != CaseStatus.DRAFT) {
      record(actor, CaseAction.MATERIAL_UPLOADED, status, material.getName(), null, now);
    }
  }

  /** Submits the draft: the case gets its number and check code and counts as received today. */
  public void submit(String newNumber, String newCheckCode, Actor actor, CaseTime time) {
    requireStatus("submit", CaseStatus.DRAFT);
    if (materials.stream().noneMatch(CaseMaterial::isPresent) && !materials.isEmpty()) {
      throw new BusinessException("casework.submit.noMaterial");
    }
    CaseStatus from = status;
    receive(newNumber, newCheckCode, time);
    record(actor, CaseAction.SUBMITTED, from, null, null, time.now());
  }

  private void receive(String newNumber, String newCheckCode, CaseTime time) {
    this.number = newNumber;
    this.checkCode = newCheckCode;
    this.status = CaseStatus.SUBMITTED;
    this.submittedAt = time.now();
    this.receivedOn = time.today();
    this.updatedAt = time.now();
    refreshDue(time.calendar(), time.today());
  }

  /** The applicant answers the correction notice once every named material is supplied again. */
  public void answerCorrection(Actor actor, CaseTime time) {
    requireStatus("answerCorrection", CaseStatus.CORRECTION_REQUESTED);
    List<String> open =
        materials.stream()
            .filter(m -> m.getState() == MaterialState.TO_CORRECT)
            .map(CaseMaterial::getName)
            .toList();
    if (!open.isEmpty()) {
      throw new BusinessException("casework.correction.stillOpen", String.join("、", open));
    }
    CaseStatus from = status;
    this.status = CaseStatus.SUBMITTED;
    // The materials are complete only now: the five days for a further notice run from today.
    this.receivedOn = time.today();
    this.updatedAt = time.now();
    refreshDue(time.calendar(), time.today());
    record(actor, CaseAction.CORRECTION_ANSWERED, from, null, null, time.now());
  }

  /** Withdrawal by the applicant, possible until the decision. */
  public void withdraw(String reason, Actor actor, CaseTime time) {
    if (!status.isWithdrawable()) {
      throw notAllowed("withdraw");
    }
    CaseStatus from = status;
    this.status = CaseStatus.WITHDRAWN;
    this.closedReason = reason;
    this.dueOn = null;
    this.updatedAt = time.now();
    closeSuspension(time.today(), null);
    record(actor, CaseAction.WITHDRAWN, from, reason, null, time.now());
  }

  // ---- acceptance --------------------------------------------------------------------------

  /** A first look at an online submission before formal acceptance. */
  public void preReview(String note, Actor actor, CaseTime time) {
    require(StaffAction.PRE_REVIEW);
    refuseIfPastCorrectionWindow(time);
    this.status = CaseStatus.PRE_REVIEWED;
    this.updatedAt = time.now();
    record(actor, CaseAction.PRE_REVIEWED, CaseStatus.SUBMITTED, note, null, time.now());
  }

  /**
   * The one-time notification: every material to correct with its reason, in one notice. A second
   * notice on one case needs a reason and is flagged for supervision. Past the five working days
   * the case already counts as accepted and no notice can be sent.
   */
  public void requestCorrection(
      Map<Integer, String> reasonsByPosition, String repeatReason, Actor actor, CaseTime time) {
    require(StaffAction.REQUEST_CORRECTION);
    refuseIfPastCorrectionWindow(time);
    if (reasonsByPosition.isEmpty()) {
      throw new BusinessException("casework.correction.nothingMarked");
    }
    reasonsByPosition.forEach(
        (position, reason) -> {
          if (reason == null || reason.isBlank()) {
            throw new BusinessException(
                "casework.correction.reasonRequired", material(position).getName());
          }
        });
    if (correctionCount > 0) {
      if (repeatReason == null || repeatReason.isBlank()) {
        throw new BusinessException("casework.correction.repeatReasonRequired");
      }
      this.supervisionFlag = repeatReason.strip();
    }
    reasonsByPosition.forEach(
        (position, reason) -> material(position).markToCorrect(reason.strip(), time.now()));
    CaseStatus from = status;
    this.correctionCount++;
    this.status = CaseStatus.CORRECTION_REQUESTED;
    this.updatedAt = time.now();
    this.dueOn = null;
    record(
        actor,
        CaseAction.CORRECTION_REQUESTED,
        from,
        correctionCount > 1 ? repeatReason : null,
        null,
        time.now());
  }

  /** Accepts: every required material must be there (use 容缺 for deferrable ones). */
  public void accept(Actor actor, CaseTime time) {
    require(StaffAction.ACCEPT);
    refuseIfPastCorrectionWindow(time);
    List<String> missing =
        materials.stream()
            .filter(m -> m.getNecessity().isRequired() && !m.isPresent())
            .map(CaseMaterial::getName)
            .toList();
    if (!missing.isEmpty()) {
      throw new BusinessException("casework.accept.materialsMissing", String.join("、", missing));
    }
    CaseStatus from = status;
    startHandling(time.today(), actor.username(), time);
    record(actor, CaseAction.ACCEPTED, from, null, null, time.now());
  }

  /**
   * 容缺受理: all mandatory materials are present; the missing ones are deferrable; the make-up date is
   * no later than the promised completion date; the applicant's pledge is recorded.
   */
  public void acceptWithDeficiencies(
      Set<Integer> deferredPositions,
      String pledge,
      LocalDate makeUpBy,
      Actor actor,
      CaseTime time) {
    requireStatus("acceptWithDeficiencies", CaseStatus.SUBMITTED, CaseStatus.PRE_REVIEWED);
    refuseIfPastCorrectionWindow(time);
    if (deferredPositions.isEmpty()) {
      throw new BusinessException("casework.deficiency.nothingDeferred");
    }
    if (pledge == null || pledge.isBlank()) {
      throw new BusinessException("casework.deficiency.pledgeRequired");
    }
    for (Integer position : deferredPositions) {
      CaseMaterial m = material(position);
      if (!m.isDeferrable()) {
        throw new BusinessException("casework.deficiency.notDeferrable", m.getName());
      }
    }
    List<String> missing =
        materials.stream()
            .filter(m -> m.getNecessity().isRequired() && !m.isPresent())
            .filter(m -> !deferredPositions.contains(m.getPosition()))
            .map(CaseMaterial::getName)
            .toList();
    if (!missing.isEmpty()) {
      throw new BusinessException("casework.accept.materialsMissing", String.join("、", missing));
    }
    LocalDate completionDue =
        time.calendar().due(time.today(), promisedLimitDays, LimitUnit.WORKING_DAYS).due();
    if (makeUpBy == null || !makeUpBy.isAfter(time.today()) || makeUpBy.isAfter(completionDue)) {
      throw new BusinessException("casework.deficiency.makeUpDate", completionDue);
    }
    CaseStatus from = status;
    deferredPositions.forEach(position -> material(position).defer(time.now()));
    this.deficiencyPledge = pledge.strip();
    this.deficiencyDueOn = makeUpBy;
    startHandling(time.today(), actor.username(), time);
    record(actor, CaseAction.ACCEPTED_WITH_DEFICIENCIES, from, pledge, null, time.now());
  }

  /** 不予受理, with the reasons the notice gives (the notice adds the appeal rights). */
  public void refuse(String reasons, Actor actor, CaseTime time) {
    require(StaffAction.REFUSE);
    refuseIfPastCorrectionWindow(time);
    if (reasons == null || reasons.isBlank()) {
      throw new BusinessException("casework.refuse.reasonRequired");
    }
    CaseStatus from = status;
    this.status = CaseStatus.REFUSED;
    this.refusalReasons = reasons.strip();
    this.dueOn = null;
    this.updatedAt = time.now();
    record(actor, CaseAction.REFUSED, from, refusalReasons, null, time.now());
  }

  /**
   * Licensing Law Art. 32: with no correction notice within five working days of receipt, the
   * application counts as accepted from the day of receipt. Returns whether that happened now.
   */
  public boolean deemAcceptedIfLate(CaseTime time) {
    if (!isPastCorrectionWindow(time)) {
      return false;
    }
    LocalDate lastDay = correctionWindowEnd(time.calendar());
    CaseStatus from = status;
    this.acceptanceDeemed = true;
    startHandling(receivedOn, Actor.SYSTEM.username(), time);
    record(
        Actor.SYSTEM,
        CaseAction.DEEMED_ACCEPTED,
        from,
        null,
        receivedOn + "/" + lastDay,
        time.now());
    return true;
  }

  private LocalDate correctionWindowEnd(WorkingCalendar calendar) {
    return calendar.due(receivedOn, CORRECTION_WINDOW_DAYS, LimitUnit.WORKING_DAYS).due();
  }

  /** Whether the five working days for a correction notice have passed without a decision. */
  public boolean isPastCorrectionWindow(CaseTime time) {
    return CaseStatus.AWAITING_ACCEPTANCE.contains(status)
        && time.today().isAfter(correctionWindowEnd(time.calendar()));
  }

  /**
   * Staff acting after the five days are refused: the law already counts the case as accepted (the
   * deadline job records it, in its own transaction, so a refused action loses nothing).
   */
  private void refuseIfPastCorrectionWindow(CaseTime time) {
    if (isPastCorrectionWindow(time)) {
      throw new BusinessException(
          "casework.acceptance.deemedByLaw", receivedOn, correctionWindowEnd(time.calendar()));
    }
  }

  private void startHandling(LocalDate acceptedDay, String by, CaseTime time) {
    this.status = CaseStatus.ACCEPTED;
    this.acceptedOn = acceptedDay;
    this.acceptedBy = by;
    this.updatedAt = time.now();
    createSteps();
    startNextStep(time);
    refreshDue(time.calendar(), time.today());
  }

  private void createSteps() {
    List<ProcessStep> process = itemVersion.content().steps();
    int position = 0;
    for (ProcessStep step : process) {
      if (isFrameStep(step.getName())) {
        continue;
      }
      steps.add(
          new CaseStep(
              this,
              position++,
              step.getName(),
              step.getRole(),
              step.getLimitDays() == null ? 0 : step.getLimitDays()));
    }
  }

  /** Acceptance, decision, completion and delivery are the case's own transitions, not steps. */
  static boolean isFrameStep(String name) {
    return name.contains("受理")
        || name.contains("决定")
        || name.contains("办结")
        || name.contains("送达")
        || name.contains("发证");
  }

  private void startNextStep(CaseTime time) {
    currentStep()
        .filter(s -> !s.isStarted())
        .ifPresent(
            s ->
                s.start(
                    time.today(),
                    time.calendar()
                        .due(time.today(), s.getLimitDays(), LimitUnit.WORKING_DAYS)
                        .due()));
  }

  // ---- review ------------------------------------------------------------------------------

  /** The first unfinished review step, if any. */
  public Optional<CaseStep> currentStep() {
    return steps.stream().filter(s -> !s.isFinished()).findFirst();
  }

  public void assignCurrentStep(StaffMember staff, Actor actor, Instant now) {
    require(StaffAction.ASSIGN);
    CaseStep step = currentStep().orElseThrow();
    step.assign(staff);
    this.currentAssignee = staff;
    this.updatedAt = now;
    record(actor, CaseAction.STEP_ASSIGNED, status, step.getName(), staff.getName(), now);
  }

  /** Finishes the current review step with the reviewer's opinion; the next step starts. */
  public void completeStep(String opinion, Actor actor, CaseTime time) {
    require(StaffAction.COMPLETE_STEP);
    CaseStep step = currentStep().orElseThrow();
    if (opinion == null || opinion.isBlank()) {
      throw new BusinessException("casework.step.opinionRequired", step.getName());
    }
    step.finish(actor.username(), opinion.strip(), time.now());
    this.updatedAt = time.now();
    startNextStep(time);
    this.currentAssignee = currentStep().map(CaseStep::getAssignee).orElse(null);
    record(actor, CaseAction.STEP_COMPLETED, status, step.getName(), opinion, time.now());
  }

  /** 特别程序: the clock stops from today until the procedure ends. */
  public void suspend(SpecialProcedure kind, String reason, Actor actor, CaseTime time) {
    require(StaffAction.SUSPEND);
    if (kind == null || reason == null || reason.isBlank()) {
      throw new BusinessException("casework.suspend.reasonRequired");
    }
    suspensions.add(new CaseSuspension(kind, reason.strip(), time.today()));
    this.status = CaseStatus.SUSPENDED;
    this.updatedAt = time.now();
    refreshDue(time.calendar(), time.today());
    record(actor, CaseAction.SUSPENDED, CaseStatus.ACCEPTED, reason, null, time.now());
  }

  /** Ends the running special procedure with its result; today counts again. */
  public void resume(String result, Actor actor, CaseTime time) {
    require(StaffAction.RESUME);
    if (result == null || result.isBlank()) {
      throw new BusinessException("casework.resume.resultRequired");
    }
    closeSuspension(time.today(), result.strip());
    this.status = CaseStatus.ACCEPTED;
    this.updatedAt = time.now();
    refreshDue(time.calendar(), time.today());
    record(actor, CaseAction.RESUMED, CaseStatus.SUSPENDED, result, null, time.now());
  }

  private void closeSuspension(LocalDate today, String result) {
    ongoingSuspension().ifPresent(s -> s.end(today.minusDays(1), result));
  }

  public Optional<CaseSuspension> ongoingSuspension() {
    return suspensions.stream().filter(CaseSuspension::isOngoing).findFirst();
  }

  /** 延期: once per case, approved by a holder of the extend permission, reason told. */
  public void extend(int days, String reason, Actor approver, CaseTime time) {
    requireStatus("extend", CaseStatus.ACCEPTED, CaseStatus.SUSPENDED);
    if (!extensions.isEmpty()) {
      throw new BusinessException("casework.extend.once");
    }
    if (days < 1 || days > DEFAULT_EXTENSION_DAYS) {
      throw new BusinessException("casework.extend.days", DEFAULT_EXTENSION_DAYS);
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("casework.extend.reasonRequired");
    }
    extensions.add(new CaseExtension(days, reason.strip(), approver.username(), time.today()));
    this.updatedAt = time.now();
    refreshDue(time.calendar(), time.today());
    record(approver, CaseAction.EXTENDED, status, reason, null, time.now());
  }

  // ---- decision and after ------------------------------------------------------------------

  /**
   * Grants or denies. All review steps must be done and every material deferred under 容缺 must be
   * there; a denial gives its reasons and the legal basis they rest on.
   */
  public void decide(
      Decision outcome, String reason, String legalBasis, Actor actor, CaseTime time) {
    require(StaffAction.DECIDE);
    if (outcome == null) {
      throw new BusinessException("casework.decide.outcomeRequired");
    }
    currentStep()
        .ifPresent(
            s -> {
              throw new BusinessException("casework.decide.stepOpen", s.getName());
            });
    List<String> deferred =
        materials.stream()
            .filter(m -> m.getState() == MaterialState.DEFERRED)
            .map(CaseMaterial::getName)
            .toList();
    if (!deferred.isEmpty()) {
      throw new BusinessException("casework.decide.deferredMissing", String.join("、", deferred));
    }
    if (outcome == Decision.DENY
        && (reason == null || reason.isBlank() || legalBasis == null || legalBasis.isBlank())) {
      throw new BusinessException("casework.decide.denyNeedsReason");
    }
    if (outcome == Decision.DENY) {
      requireItemsLegalBasis(legalBasis);
    }
    this.decision = outcome;
    this.decisionReason = blankToNull(reason);
    this.decisionBasis = blankToNull(legalBasis);
    this.decidedAt = time.now();
    this.decidedBy = actor.username();
    this.status = CaseStatus.DECIDED;
    this.updatedAt = time.now();
    refreshDue(time.calendar(), time.today());
    record(actor, CaseAction.DECIDED, CaseStatus.ACCEPTED, reason, null, time.now());
  }

  /**
   * A denial rests on the item's own legal bases (Licensing Law Art. 38): the basis given must cite
   * one of the laws the governing version lists; the refusal names them all.
   */
  private void requireItemsLegalBasis(String legalBasis) {
    List<gov.approval.catalogue.entity.LegalBasis> bases = itemVersion.content().legalBases();
    if (bases.isEmpty()) {
      return;
    }
    String cited = legalBasis.replace("《", "").replace("》", "");
    boolean ofItem =
        bases.stream()
            .map(b -> b.getLaw().replace("《", "").replace("》", "").strip())
            .anyMatch(law -> !law.isEmpty() && cited.contains(law));
    if (!ofItem) {
      throw new BusinessException(
          "casework.decide.basisNotOfItem",
          String.join(
              "；",
              bases.stream()
                  .map(b -> b.getLaw() + (b.getArticle() == null ? "" : b.getArticle()))
                  .toList()));
    }
  }

  /** 办结: the result is issued (a granted licence with its certificate number). */
  public void complete(String certificate, Actor actor, CaseTime time) {
    require(StaffAction.COMPLETE);
    if (decision == Decision.GRANT && (certificate == null || certificate.isBlank())) {
      throw new BusinessException("casework.complete.certificateRequired");
    }
    this.certificateNumber = blankToNull(certificate);
    this.completedAt = time.now();
    this.status = CaseStatus.COMPLETED;
    this.updatedAt = time.now();
    record(actor, CaseAction.COMPLETED, CaseStatus.DECIDED, certificateNumber, null, time.now());
  }

  /**
   * Records a fee charged for the case, once it is decided or completed (where the fee is paid): a
   * fee item and an amount in yuan above zero with at most two decimals. Whether the item charges
   * at all is supervision's question, not a refusal here: the fee was paid and must be on record.
   */
  public void recordFee(String feeName, BigDecimal amount, Actor actor, CaseTime time) {
    require(StaffAction.RECORD_FEE);
    if (feeName == null || feeName.isBlank()) {
      throw new BusinessException("casework.fee.nameRequired");
    }
    if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new BusinessException("casework.fee.amountInvalid");
    }
    BigDecimal yuan = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    fees.add(new CaseFee(feeName.strip(), yuan, time.now(), actor.username()));
    this.updatedAt = time.now();
    record(
        actor,
        CaseAction.FEE_RECORDED,
        status,
        feeName.strip() + " " + yuan.toPlainString() + " 元",
        null,
        time.now());
  }

  /** 送达: window pickup (who collected it), post (tracking number) or online download. */
  public void deliver(DeliveryMethod method, String note, Actor actor, CaseTime time) {
    require(StaffAction.DELIVER);
    if (method == null) {
      throw new BusinessException("casework.deliver.methodRequired");
    }
    if (method != DeliveryMethod.ONLINE && (note == null || note.isBlank())) {
      throw new BusinessException(
          method == DeliveryMethod.POST
              ? "casework.deliver.trackingRequired"
              : "casework.deliver.collectorRequired");
    }
    this.deliveryMethod = method;
    this.deliveryNote = blankToNull(note);
    this.deliveredAt = time.now();
    this.status = CaseStatus.DELIVERED;
    this.dueOn = null;
    this.updatedAt = time.now();
    record(actor, CaseAction.DELIVERED, CaseStatus.COMPLETED, deliveryNote, null, time.now());
  }

  // ---- 容缺 make-up deadline -----------------------------------------------------------------

  /**
   * Reminds the applicant once, {@link #DEFICIENCY_REMINDER_DAYS} working days before the make-up
   * date, of the materials still owed. Returns whether a reminder was recorded.
   */
  public boolean remindOfDeficienciesIfDue(CaseTime time) {
    if (deficiencyDueOn == null || deficiencyRemindedOn != null || status.isFinal()) {
      return false;
    }
    if (time.calendar().workingDaysBetween(time.today(), deficiencyDueOn)
        > DEFICIENCY_REMINDER_DAYS) {
      return false;
    }
    if (time.today().isAfter(deficiencyDueOn)) {
      return false;
    }
    this.deficiencyRemindedOn = time.today();
    record(
        Actor.SYSTEM,
        CaseAction.DEFICIENCY_REMINDED,
        status,
        String.join("、", deferredNames()),
        null,
        time.now());
    return true;
  }

  /**
   * The documented outcome of a missed make-up date: the case is terminated, because no decision
   * may be issued without the promised materials. Returns whether that happened now.
   */
  public boolean terminateIfDeficienciesLate(CaseTime time) {
    if (deficiencyDueOn == null
        || !(status == CaseStatus.ACCEPTED || status == CaseStatus.SUSPENDED)
        || !time.today().isAfter(deficiencyDueOn)
        || deferredNames().isEmpty()) {
      return false;
    }
    CaseStatus from = status;
    closeSuspension(time.today(), null);
    this.status = CaseStatus.TERMINATED;
    this.closedReason = String.join("、", deferredNames());
    this.dueOn = null;
    this.updatedAt = time.now();
    record(
        Actor.SYSTEM,
        CaseAction.TERMINATED,
        from,
        closedReason,
        String.valueOf(deficiencyDueOn),
        time.now());
    return true;
  }

  private List<String> deferredNames() {
    return materials.stream()
        .filter(m -> m.getState() == MaterialState.DEFERRED)
        .map(CaseMaterial::getName)
        .toList();
  }

  // ---- deadlines ---------------------------------------------------------------------------

  /**
   * The deadline that applies now with its explanation: before acceptance the five working days for
   * a correction notice; from acceptance the promised limit, stopped by special procedures and
   * lengthened by extensions; empty for drafts, corrections pending and closed cases.
   */
  public Optional<DueDate> dueDate(WorkingCalendar calendar, LocalDate today) {
    if (CaseStatus.AWAITING_ACCEPTANCE.contains(status)) {
      return Optional.of(calendar.due(receivedOn, CORRECTION_WINDOW_DAYS, LimitUnit.WORKING_DAYS));
    }
    if (acceptedOn == null || status.isFinal() || status == CaseStatus.COMPLETED) {
      return Optional.empty();
    }
    List<Suspension> stopped = new ArrayList<>();
    for (CaseSuspension s : suspensions) {
      s.asSuspension(today, s.getReason()).ifPresent(stopped::add);
    }
    List<Extension> extended =
        extensions.stream().map(e -> new Extension(e.getDays(), e.getReason())).toList();
    return Optional.of(
        calendar.due(acceptedOn, promisedLimitDays, LimitUnit.WORKING_DAYS, stopped, extended));
  }

  /** Recomputes the worklists' copy of the due date (a running suspension moves it daily). */
  public void refreshDue(WorkingCalendar calendar, LocalDate today) {
    if (status == CaseStatus.DECIDED) {
      return;
    }
    this.dueOn = dueDate(calendar, today).map(DueDate::due).orElse(null);
  }

  // ---- what the state allows staff to do ---------------------------------------------------

  /**
   * Whether the case's state allows {@code action} now, whoever asks (the permissions are {@link
   * StaffAction#allowedTo}'s). The transitions check the same, and the case page offers only what
   * this allows, so the two never disagree. A transition may still refuse its input (a missing
   * reason, a material that is not deferrable, an extension asked for twice).
   */
  public boolean allows(StaffAction action) {
    return switch (action) {
      case PRE_REVIEW -> status == CaseStatus.SUBMITTED && channel == CaseChannel.ONLINE;
      case REQUEST_CORRECTION, ACCEPT, REFUSE -> isAwaitingAcceptance();
      case ACCEPT_WITH_DEFICIENCIES ->
          isAwaitingAcceptance() && materials.stream().anyMatch(CaseMaterial::isDeferrable);
      case UPLOAD_SCAN -> channel == CaseChannel.WINDOW && isAwaitingAcceptance();
      case ASSIGN ->
          (status == CaseStatus.ACCEPTED || status == CaseStatus.SUSPENDED)
              && currentStep().isPresent();
      case COMPLETE_STEP -> status == CaseStatus.ACCEPTED && currentStep().isPresent();
      case SUSPEND, DECIDE -> status == CaseStatus.ACCEPTED;
      case RESUME -> status == CaseStatus.SUSPENDED;
      case EXTEND ->
          (status == CaseStatus.ACCEPTED || status == CaseStatus.SUSPENDED) && extensions.isEmpty();
      case COMPLETE -> status == CaseStatus.DECIDED;
      case DELIVER -> status == CaseStatus.COMPLETED;
      case RECORD_FEE -> status == CaseStatus.DECIDED || status == CaseStatus.COMPLETED;
    };
  }

  /** What a staff member holding {@code permissions} may do to the case now. */
  public Set<StaffAction> actionsFor(Set<Permission> permissions) {
    Set<StaffAction> actions = EnumSet.noneOf(StaffAction.class);
    for (StaffAction action : StaffAction.values()) {
      if (action.allowedTo(permissions) && allows(action)) {
        actions.add(action);
      }
    }
    return actions;
  }

  private boolean isAwaitingAcceptance() {
    return CaseStatus.AWAITING_ACCEPTANCE.contains(status);
  }

  private void require(StaffAction action) {
    if (!allows(action)) {
      throw notAllowed(action.label());
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  private void requireStatus(String action, CaseStatus... allowed) {
    for (CaseStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw notAllowed(action);
  }

  /** One message per status, naming it, so the refusal reads well in every language. */
  private BusinessException notAllowed(String action) {
    return new BusinessException("casework.transition.notAllowed." + status.name(), action);
  }

  public CaseMaterial material(int position) {
    return materials.stream()
        .filter(m -> m.getPosition() == position)
        .findFirst()
        .orElseThrow(() -> new BusinessException("casework.material.unknown", position));
  }

  private void record(
      Actor actor,
      CaseAction action,
      CaseStatus from,
      String note,
      String internalNote,
      Instant at) {
    CaseEvent event = new CaseEvent(this, at, actor, action, from, status, note, internalNote);
    events.add(event);
    appended().add(event);
  }

  private List<CaseEvent> appended() {
    if (appended == null) {
      appended = new ArrayList<>();
    }
    return appended;
  }

  /** The events this instance appended and nobody took yet (the boundary mails them). */
  public List<CaseEvent> takeAppendedEvents() {
    List<CaseEvent> taken = List.copyOf(appended());
    appended().clear();
    return taken;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public boolean isOwnedBy(String username) {
    return owner != null && owner.getUsername().equals(username);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getNumber() {
    return number;
  }

  public String getCheckCode() {
    return checkCode;
  }

  public ServiceItem getItem() {
    return item;
  }

  public ItemVersion getItemVersion() {
    return itemVersion;
  }

  public Department getDepartment() {
    return department;
  }

  public String getItemName() {
    return itemName;
  }

  public CaseChannel getChannel() {
    return channel;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public Applicant getApplicant() {
    return applicant;
  }

  public String getDescription() {
    return description;
  }

  public UserAccount getOwner() {
    return owner;
  }

  public StaffMember getCurrentAssignee() {
    return currentAssignee;
  }

  public String getIntakeBy() {
    return intakeBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getAcceptedOn() {
    return acceptedOn;
  }

  public boolean isAcceptanceDeemed() {
    return acceptanceDeemed;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public int getPromisedLimitDays() {
    return promisedLimitDays;
  }

  public Integer getStatutoryLimitDays() {
    return statutoryLimitDays;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public int getCorrectionCount() {
    return correctionCount;
  }

  public String getSupervisionFlag() {
    return supervisionFlag;
  }

  public String getDeficiencyPledge() {
    return deficiencyPledge;
  }

  public LocalDate getDeficiencyDueOn() {
    return deficiencyDueOn;
  }

  public String getRefusalReasons() {
    return refusalReasons;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecisionBasis() {
    return decisionBasis;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public DeliveryMethod getDeliveryMethod() {
    return deliveryMethod;
  }

  public String getDeliveryNote() {
    return deliveryNote;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public String getClosedReason() {
    return closedReason;
  }

  public List<CaseMaterial> getMaterials() {
    return Collections.unmodifiableList(materials);
  }

  public List<CaseStep> getSteps() {
    return Collections.unmodifiableList(steps);
  }

  public List<CaseEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }

  public List<CaseFee> getFees() {
    return Collections.unmodifiableList(fees);
  }

  public List<CaseSuspension> getSuspensions() {
    return Collections.unmodifiableList(suspensions);
  }

  public List<CaseExtension> getExtensions() {
    return Collections.unmodifiableList(extensions);
  }
}
