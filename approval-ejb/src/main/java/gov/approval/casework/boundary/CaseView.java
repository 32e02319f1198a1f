package gov.approval.casework.boundary;

import gov.approval.calendar.entity.DueDate;
import gov.approval.casework.entity.ApplicantKind;
import gov.approval.casework.entity.CaseAction;
import gov.approval.casework.entity.CaseChannel;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.Decision;
import gov.approval.casework.entity.DeliveryMethod;
import gov.approval.casework.entity.IdType;
import gov.approval.casework.entity.MaterialState;
import gov.approval.casework.entity.SpecialProcedure;
import gov.approval.casework.entity.StaffAction;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A case as its page shows it, to the applicant (no internal notes) or to staff: the applicant, the
 * materials, the review steps, special procedures, extensions, the timeline with its notices, and
 * the deadline with its explanation; for staff, the actions their permissions and the case's state
 * allow (none for the applicant).
 */
public record CaseView(
    Long id,
    long version,
    String number,
    String checkCode,
    String itemName,
    String itemCode,
    String departmentName,
    Long departmentId,
    CaseChannel channel,
    CaseStatus status,
    Applicant applicant,
    String description,
    Instant createdAt,
    Instant submittedAt,
    LocalDate receivedOn,
    LocalDate acceptedOn,
    boolean acceptanceDeemed,
    int promisedLimitDays,
    DueDate dueDate,
    Integer workingDaysLeft,
    int correctionCount,
    String supervisionFlag,
    String deficiencyPledge,
    LocalDate deficiencyDueOn,
    String refusalReasons,
    Decision decision,
    String decisionReason,
    String decisionBasis,
    String certificateNumber,
    DeliveryMethod deliveryMethod,
    String deliveryNote,
    String closedReason,
    String currentStepName,
    List<Material> materials,
    List<Step> steps,
    List<SpecialProcedureRow> suspensions,
    List<ExtensionRow> extensions,
    List<Event> events,
    List<FeeRow> fees,
    Set<StaffAction> actions) {

  /** A fee charged on the case, in yuan. */
  public record FeeRow(String name, BigDecimal amount, Instant chargedAt, String chargedBy) {}

  public record Applicant(
      ApplicantKind kind,
      String name,
      IdType idType,
      String idNumber,
      String creditCode,
      String legalRepresentative,
      String contactName,
      String contactPhone,
      String contactEmail,
      String agentName,
      String agentIdNumber) {}

  public record Material(
      int position,
      String name,
      MaterialForm form,
      MaterialNecessity necessity,
      MaterialState state,
      String correctionReason,
      String fileStorageName,
      String fileName,
      String mediaType,
      Long sizeBytes) {

    public boolean hasFile() {
      return fileStorageName != null;
    }

    public boolean isViewableInline() {
      return mediaType != null
          && (mediaType.equals("application/pdf") || mediaType.startsWith("image/"));
    }
  }

  public record Step(
      int position,
      String name,
      String assigneeName,
      LocalDate startedOn,
      LocalDate dueOn,
      Instant finishedAt,
      String finishedBy,
      String opinion) {}

  public record SpecialProcedureRow(
      SpecialProcedure kind,
      String reason,
      LocalDate startedOn,
      LocalDate endedOn,
      String result) {}

  public record ExtensionRow(int days, String reason, String approvedBy, LocalDate approvedOn) {}

  public record Event(
      Long id,
      Instant occurredAt,
      String actorName,
      CaseAction action,
      CaseStatus fromStatus,
      CaseStatus toStatus,
      String note,
      String internalNote,
      String noticeStorageName,
      String noticeName) {}

  public boolean isMaterialsToCorrect() {
    return materials.stream().anyMatch(m -> m.state() == MaterialState.TO_CORRECT);
  }

  public boolean isMaterialsDeferred() {
    return materials.stream().anyMatch(m -> m.state() == MaterialState.DEFERRED);
  }
}
