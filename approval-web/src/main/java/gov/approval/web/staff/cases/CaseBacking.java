package gov.approval.web.staff.cases;

import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.CaseView;
import gov.approval.casework.boundary.StaffChoice;
import gov.approval.casework.entity.Decision;
import gov.approval.casework.entity.DeliveryMethod;
import gov.approval.casework.entity.SpecialProcedure;
import gov.approval.casework.entity.StaffAction;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.documents.boundary.Upload;
import gov.approval.mail.boundary.OutboxMailRow;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.supervision.boundary.WarningRow;
import gov.approval.supervision.boundary.WarningService;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.Deadlines;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The case page ({@code /staff/cases/case.xhtml?id=}): the whole case file with its deadline and
 * timeline, and the actions the case's status allows to the user's permissions. Every action passes
 * the version the page showed; after a failed action the case is read again, so a concurrent change
 * shows its message and then the case as it now is.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int DEFAULT_EXTENSION_DAYS = 10;

  @Inject CaseHandlingService handling;

  @Inject WarningService warnings;

  private Long id;
  private CaseView view;
  private List<OutboxMailRow> mails = List.of();
  private List<WarningRow> activeWarnings = List.of();
  private List<WarningRow> pastWarnings = List.of();
  private List<String> explanation = List.of();
  private List<StaffChoice> reviewers = List.of();

  // The action panels' inputs.
  private String note;
  private final Map<Integer, Boolean> marked = new HashMap<>();
  private final Map<Integer, String> reasons = new HashMap<>();
  private String repeatReason;
  private Integer[] deferred = new Integer[0];
  private String pledge;
  private LocalDate makeUpBy;
  private String refusalReasons;
  private Long assigneeId;
  private String opinion;
  private SpecialProcedure procedure;
  private String suspendReason;
  private String resumeResult;
  private int extensionDays = DEFAULT_EXTENSION_DAYS;
  private String extensionReason;
  private Decision decision;
  private String decisionReason;
  private String legalBasis;
  private String certificateNumber;
  private DeliveryMethod deliveryMethod;
  private String deliveryNote;
  private String feeName;
  private BigDecimal feeAmount;

  /** Loads the case; one the user may not read is "not found", as if it did not exist. */
  public void load() {
    if (id == null) {
      throw new NotFoundException("ApprovalCase", "");
    }
    show(handling.caseFile(id));
    if (isCanAssign()) {
      reviewers = handling.reviewers();
    }
  }

  private void show(CaseView shown) {
    view = shown;
    explanation = Deadlines.explanation(shown.dueDate());
    mails = handling.mails(shown.id());
    List<WarningRow> all = warnings.forCasePage(shown.id());
    activeWarnings = all.stream().filter(WarningRow::active).toList();
    pastWarnings = all.stream().filter(w -> !w.active()).toList();
  }

  /** The case's warnings standing now (case and current step), worst first as raised. */
  public List<WarningRow> getActiveWarnings() {
    return activeWarnings;
  }

  /** The warnings cleared since, newest first: the case's warning history. */
  public List<WarningRow> getPastWarnings() {
    return pastWarnings;
  }

  /** The mails to the applicant about this case, with their delivery state. */
  public List<OutboxMailRow> getMails() {
    return mails;
  }

  /** Runs one action at the shown version; reads the case again when it did not succeed. */
  private void act(Supplier<CaseView> action, String doneKey) {
    CaseView result = Attempt.get(action);
    if (result == null) {
      show(handling.caseFile(id));
      return;
    }
    show(result);
    clearInputs();
    Texts.info(doneKey, view.number());
  }

  private void clearInputs() {
    note = null;
    marked.clear();
    reasons.clear();
    repeatReason = null;
    deferred = new Integer[0];
    pledge = null;
    makeUpBy = null;
    refusalReasons = null;
    assigneeId = null;
    opinion = null;
    procedure = null;
    suspendReason = null;
    resumeResult = null;
    extensionDays = DEFAULT_EXTENSION_DAYS;
    extensionReason = null;
    decision = null;
    decisionReason = null;
    legalBasis = null;
    certificateNumber = null;
    deliveryMethod = null;
    deliveryNote = null;
    feeName = null;
    feeAmount = null;
  }

  public String getFeeName() {
    return feeName;
  }

  public void setFeeName(String feeName) {
    this.feeName = feeName;
  }

  public BigDecimal getFeeAmount() {
    return feeAmount;
  }

  public void setFeeAmount(BigDecimal feeAmount) {
    this.feeAmount = feeAmount;
  }

  // ---- actions ---------------------------------------------------------------------------------

  public void preReview() {
    act(() -> handling.preReview(id, view.version(), note), "staff_cases_case.preReviewed");
  }

  /** The one-time correction notice: every ticked material with its reason, in one submit. */
  public void requestCorrection() {
    Map<Integer, String> byPosition = new LinkedHashMap<>();
    view.materials().stream()
        .filter(m -> Boolean.TRUE.equals(marked.get(m.position())))
        .forEach(m -> byPosition.put(m.position(), strip(reasons.get(m.position()))));
    act(
        () -> handling.requestCorrection(id, view.version(), byPosition, strip(repeatReason)),
        "staff_cases_case.correctionRequested");
  }

  public void accept() {
    act(() -> handling.accept(id, view.version()), "staff_cases_case.accepted");
  }

  public void acceptWithDeficiencies() {
    Set<Integer> positions = new LinkedHashSet<>(List.of(deferred));
    act(
        () ->
            handling.acceptWithDeficiencies(id, view.version(), positions, strip(pledge), makeUpBy),
        "staff_cases_case.acceptedWithDeficiencies");
  }

  public void refuse() {
    act(
        () -> handling.refuse(id, view.version(), strip(refusalReasons)),
        "staff_cases_case.refused");
  }

  public void assign() {
    if (assigneeId == null) {
      Texts.error("staff_cases_case.assigneeRequired");
      return;
    }
    long staffId = assigneeId;
    act(() -> handling.assign(id, view.version(), staffId), "staff_cases_case.assigned");
  }

  /** Assigns the current step to the user. */
  public void assignToMe() {
    act(() -> handling.assignToMe(id, view.version()), "staff_cases_case.assigned");
  }

  public void completeStep() {
    act(
        () -> handling.completeStep(id, view.version(), strip(opinion)),
        "staff_cases_case.stepCompleted");
  }

  public void suspend() {
    act(
        () -> handling.suspend(id, view.version(), procedure, strip(suspendReason)),
        "staff_cases_case.suspended");
  }

  public void resume() {
    act(() -> handling.resume(id, view.version(), strip(resumeResult)), "staff_cases_case.resumed");
  }

  public void extend() {
    act(
        () -> handling.extend(id, view.version(), extensionDays, strip(extensionReason)),
        "staff_cases_case.extended");
  }

  public void decide() {
    act(
        () ->
            handling.decide(id, view.version(), decision, strip(decisionReason), strip(legalBasis)),
        "staff_cases_case.decided");
  }

  public void complete() {
    act(
        () -> handling.complete(id, view.version(), strip(certificateNumber)),
        "staff_cases_case.completed");
  }

  public void recordFee() {
    act(
        () -> handling.recordFee(id, view.version(), strip(feeName), feeAmount),
        "staff_cases_case.feeRecorded");
  }

  public void deliver() {
    act(
        () -> handling.deliver(id, view.version(), deliveryMethod, strip(deliveryNote)),
        "staff_cases_case.delivered");
  }

  /** A window clerk's scan of one material; the widget carries the material's position. */
  public void upload(FileUploadEvent event) {
    int position =
        Integer.parseInt(event.getComponent().getAttributes().get("position").toString());
    UploadedFile file = event.getFile();
    act(
        () ->
            handling.uploadScan(
                id, view.version(), position, new Upload(file.getFileName(), file.getContent())),
        "staff_cases_case.uploaded");
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  // ---- what the case's state and the user's permissions allow ------------------------------

  /* The boundary answers these with the case (ApprovalCase.actionsFor): the page repeats no rule. */
  private boolean may(StaffAction action) {
    return view.actions().contains(action);
  }

  /** Pre-review is a first look at an online submission; a window case is seen at the window. */
  public boolean isCanPreReview() {
    return may(StaffAction.PRE_REVIEW);
  }

  public boolean isCanRequestCorrection() {
    return may(StaffAction.REQUEST_CORRECTION);
  }

  /** The repeat reason: a second notice must say why the first did not list everything. */
  public boolean isRepeatCorrection() {
    return view.correctionCount() > 0;
  }

  public boolean isCanAccept() {
    return may(StaffAction.ACCEPT);
  }

  public boolean isCanAcceptWithDeficiencies() {
    return may(StaffAction.ACCEPT_WITH_DEFICIENCIES);
  }

  public boolean isCanRefuse() {
    return may(StaffAction.REFUSE);
  }

  public boolean isCanAssign() {
    return may(StaffAction.ASSIGN);
  }

  public boolean isCanCompleteStep() {
    return may(StaffAction.COMPLETE_STEP);
  }

  public boolean isCanSuspend() {
    return may(StaffAction.SUSPEND);
  }

  public boolean isCanResume() {
    return may(StaffAction.RESUME);
  }

  public boolean isCanExtend() {
    return may(StaffAction.EXTEND);
  }

  public boolean isCanDecide() {
    return may(StaffAction.DECIDE);
  }

  public boolean isCanComplete() {
    return may(StaffAction.COMPLETE);
  }

  public boolean isCanDeliver() {
    return may(StaffAction.DELIVER);
  }

  /** Fees are paid at the decision or completion; chiefs and clerks record them. */
  public boolean isCanRecordFee() {
    return may(StaffAction.RECORD_FEE);
  }

  /** A window case's scans may be added until it is accepted. */
  public boolean isCanUpload() {
    return may(StaffAction.UPLOAD_SCAN);
  }

  /**
   * Whether the page shows the action panel: any action but a scan (which sits by its material).
   */
  public boolean isAnyAction() {
    return view.actions().stream().anyMatch(action -> action != StaffAction.UPLOAD_SCAN);
  }

  public List<CaseView.Material> getDeferrableMaterials() {
    return view.materials().stream()
        .filter(m -> m.necessity() == MaterialNecessity.DEFERRABLE)
        .toList();
  }

  // ---- choices and fields ---------------------------------------------------------------------

  public SpecialProcedure[] getProcedures() {
    return SpecialProcedure.values();
  }

  public Decision[] getDecisions() {
    return Decision.values();
  }

  public DeliveryMethod[] getDeliveryMethods() {
    return DeliveryMethod.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseView getView() {
    return view;
  }

  public List<String> getExplanation() {
    return explanation;
  }

  public List<StaffChoice> getReviewers() {
    return reviewers;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Map<Integer, Boolean> getMarked() {
    return marked;
  }

  public Map<Integer, String> getReasons() {
    return reasons;
  }

  public String getRepeatReason() {
    return repeatReason;
  }

  public void setRepeatReason(String repeatReason) {
    this.repeatReason = repeatReason;
  }

  public Integer[] getDeferred() {
    return deferred;
  }

  public void setDeferred(Integer[] deferred) {
    this.deferred = deferred == null ? new Integer[0] : deferred;
  }

  public String getPledge() {
    return pledge;
  }

  public void setPledge(String pledge) {
    this.pledge = pledge;
  }

  public LocalDate getMakeUpBy() {
    return makeUpBy;
  }

  public void setMakeUpBy(LocalDate makeUpBy) {
    this.makeUpBy = makeUpBy;
  }

  public String getRefusalReasons() {
    return refusalReasons;
  }

  public void setRefusalReasons(String refusalReasons) {
    this.refusalReasons = refusalReasons;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }

  public SpecialProcedure getProcedure() {
    return procedure;
  }

  public void setProcedure(SpecialProcedure procedure) {
    this.procedure = procedure;
  }

  public String getSuspendReason() {
    return suspendReason;
  }

  public void setSuspendReason(String suspendReason) {
    this.suspendReason = suspendReason;
  }

  public String getResumeResult() {
    return resumeResult;
  }

  public void setResumeResult(String resumeResult) {
    this.resumeResult = resumeResult;
  }

  public int getExtensionDays() {
    return extensionDays;
  }

  public void setExtensionDays(int extensionDays) {
    this.extensionDays = extensionDays;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }

  public Decision getDecision() {
    return decision;
  }

  public void setDecision(Decision decision) {
    this.decision = decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public void setDecisionReason(String decisionReason) {
    this.decisionReason = decisionReason;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public void setCertificateNumber(String certificateNumber) {
    this.certificateNumber = certificateNumber;
  }

  public DeliveryMethod getDeliveryMethod() {
    return deliveryMethod;
  }

  public void setDeliveryMethod(DeliveryMethod deliveryMethod) {
    this.deliveryMethod = deliveryMethod;
  }

  public String getDeliveryNote() {
    return deliveryNote;
  }

  public void setDeliveryNote(String deliveryNote) {
    this.deliveryNote = deliveryNote;
  }
}
