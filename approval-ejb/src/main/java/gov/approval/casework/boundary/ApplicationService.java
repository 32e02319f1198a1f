package gov.approval.casework.boundary;

import gov.approval.casework.control.CaseAccess;
import gov.approval.casework.control.CaseClock;
import gov.approval.casework.control.CaseCommits;
import gov.approval.casework.control.CaseNumbers;
import gov.approval.casework.control.CaseViews;
import gov.approval.casework.entity.Actor;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseNumber;
import gov.approval.casework.entity.CaseTime;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.documents.boundary.FileService;
import gov.approval.documents.boundary.StoredFileRow;
import gov.approval.documents.boundary.Upload;
import gov.approval.documents.entity.FilePurpose;
import gov.approval.documents.entity.StoredFile;
import gov.approval.identity.entity.Citizen;
import gov.approval.identity.entity.Roles;
import gov.approval.identity.entity.UserAccount;
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
import java.util.Map;

/**
 * The applicant's side of a case: drafts, uploads, submission, answering a correction notice,
 * supplying 容缺 materials, withdrawing, and reading their own cases. Every method reaches only the
 * caller's own cases.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class ApplicationService {

  static final Map<String, String> SORTABLE =
      Map.of(
          "number", "c.number",
          "itemName", "c.itemName",
          "status", "c.status",
          "dueOn", "c.dueOn",
          "submittedAt", "c.submittedAt");

  @PersistenceContext EntityManager em;

  @Inject CaseAccess access;

  @Inject CaseClock clock;

  @Inject CaseCommits commits;

  @Inject CaseNumbers numbers;

  @Inject FileService files;

  /** A form prefilled from the citizen's real-name data, for a new draft. */
  public ApplicantForm myApplicantDefaults() {
    Citizen me = citizen();
    UserAccount account = me.getAccount();
    return ApplicantForm.person(
        account.getDisplayName(),
        me.getResidentIdNumber(),
        account.getMobile(),
        account.getEmail());
  }

  /** "我要办事": a draft for the published item with implementation code {@code itemCode}. */
  public CaseView startDraft(
      @NotNull String itemCode,
      @NotNull @Valid ApplicantForm applicant,
      @Size(max = ApprovalCase.DESCRIPTION_LENGTH) String description) {
    ServiceItem item = item(itemCode);
    UserAccount account = citizen().getAccount();
    ApprovalCase c =
        ApprovalCase.draft(
            item,
            applicant.toApplicant(),
            description,
            account,
            new Actor(account.getUsername(), account.getDisplayName()),
            clock.now().now());
    commits.store(c);
    return view(c);
  }

  public CaseView saveDraft(
      long caseId,
      long version,
      @NotNull @Valid ApplicantForm applicant,
      @Size(max = ApprovalCase.DESCRIPTION_LENGTH) String description) {
    ApprovalCase c = access.ownCase(caseId, version);
    c.editDraft(applicant.toApplicant(), description, clock.now().now());
    commits.store(c);
    return view(c);
  }

  /**
   * Uploads the material at {@code position}: checked by content (PDF, JPG, PNG, OFD), size
   * limited, stored with its checksum under a generated name.
   */
  public CaseView uploadMaterial(
      long caseId, long version, int position, @NotNull @Valid Upload upload) {
    ApprovalCase c = access.ownCase(caseId, version);
    StoredFileRow stored = files.store(FilePurpose.APPLICATION_MATERIAL, upload);
    c.supplyMaterial(position, em.find(StoredFile.class, stored.id()), actor(), clock.now().now());
    commits.store(c);
    return view(c);
  }

  /** Submits the draft; the view carries the case number and the check code. */
  public CaseView submit(long caseId, long version) {
    ApprovalCase c = access.ownCase(caseId, version);
    CaseTime time = clock.now();
    String number = numbers.next(c.getDepartment(), time.today());
    c.submit(number, CaseNumber.newCheckCode(), actor(), time);
    commits.store(c);
    return view(c);
  }

  /** Answers the correction notice once every material it named is uploaded again. */
  public CaseView answerCorrection(long caseId, long version) {
    ApprovalCase c = access.ownCase(caseId, version);
    c.answerCorrection(actor(), clock.now());
    commits.store(c);
    return view(c);
  }

  public CaseView withdraw(
      long caseId, long version, @Size(max = ApprovalCase.REASON_LENGTH) String reason) {
    ApprovalCase c = access.ownCase(caseId, version);
    c.withdraw(reason, actor(), clock.now());
    commits.store(c);
    return view(c);
  }

  /** Drafts can be thrown away; submitted cases only withdrawn. */
  public void discardDraft(long caseId, long version) {
    ApprovalCase c = access.ownCase(caseId, version);
    if (c.getStatus() != gov.approval.casework.entity.CaseStatus.DRAFT) {
      throw new gov.approval.platform.boundary.BusinessException(
          "casework.transition.notAllowed." + c.getStatus().name(), "discard");
    }
    em.remove(c);
  }

  public CaseView myCase(long caseId) {
    return view(access.ownCase(caseId, null));
  }

  /** The caller's cases (drafts included), newest first unless sorted otherwise. */
  public Page<CaseRow> myCases(@NotNull PageRequest request) {
    Page<CaseRow> page =
        PagedQuery.of(
                em,
                CaseRow.class,
                "SELECT NEW gov.approval.casework.boundary.CaseRow(c.id, c.number, c.itemName,"
                    + " c.applicant.name, d.name, c.status, c.channel, c.submittedAt, c.dueOn)"
                    + " FROM ApprovalCase c JOIN c.department d",
                "SELECT COUNT(c) FROM ApprovalCase c JOIN c.department d")
            .where("c.owner.username = :me", "me", access.username())
            .search("(LOWER(c.number) LIKE :search OR LOWER(c.itemName) LIKE :search)", request)
            .page(request, request.orderBy(SORTABLE, "c.createdAt") + ", c.id");
    return CaseLists.withDaysLeft(page, clock.now());
  }

  private CaseView view(ApprovalCase c) {
    CaseTime time = clock.now();
    return CaseViews.forApplicant(c, time.calendar(), time.today());
  }

  private ServiceItem item(String code) {
    return em.createQuery(
            "SELECT i FROM ServiceItem i WHERE i.implementationCode = :code", ServiceItem.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("ServiceItem", code));
  }

  private Citizen citizen() {
    return em.createNamedQuery("Citizen.findByUsername", Citizen.class)
        .setParameter("username", access.username())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Citizen", access.username()));
  }

  private Actor actor() {
    Citizen me = citizen();
    return new Actor(me.getAccount().getUsername(), me.getAccount().getDisplayName());
  }
}
