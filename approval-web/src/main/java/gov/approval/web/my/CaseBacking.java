package gov.approval.web.my;

import gov.approval.casework.boundary.ApplicationService;
import gov.approval.casework.boundary.CaseView;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.MaterialState;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.documents.boundary.FileService;
import gov.approval.documents.boundary.Upload;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.ApplicantFields;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.Deadlines;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;

/**
 * The applicant's case page ({@code /my/case.xhtml?id=}): a draft with its form, material uploads,
 * submit and discard; a submitted case with its number and check code, status, deadline, materials,
 * timeline and steps; uploads where the case asks for them (correction, 容缺), the correction answer,
 * and withdrawal while the status allows it. Another citizen's case is not found.
 */
@Named("myCaseBacking")
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ApplicationService applications;

  @Inject transient FileService files;

  private Long id;
  private CaseView view;
  private ApplicantFields applicant;
  private String description;
  private transient UploadedFile file;
  private String withdrawReason;
  private long maxBytes;

  /** The view action: the caller's case named by the {@code id} parameter. */
  public void load() {
    if (id == null) {
      throw new NotFoundException("ApprovalCase", "");
    }
    show(applications.myCase(id));
    maxBytes = files.maxBytes();
  }

  private void show(CaseView shown) {
    view = shown;
    applicant = ApplicantFields.of(shown.applicant());
    description = shown.description();
  }

  private void reload() {
    show(applications.myCase(id));
  }

  public void save() {
    CaseView saved =
        Attempt.get(
            () -> applications.saveDraft(id, view.version(), applicant.toForm(), description));
    if (saved != null) {
      view = saved;
      Texts.info("app.saved");
    }
  }

  /** Uploads the file of the form that was sent for material {@code position}. */
  public void upload(int position) {
    Upload sent = sentFile();
    file = null;
    if (sent == null) {
      return;
    }
    CaseView uploaded =
        Attempt.get(() -> applications.uploadMaterial(id, view.version(), position, sent));
    if (uploaded != null) {
      show(uploaded);
      Texts.info("my_case.uploaded", sent.fileName());
    } else {
      reload();
    }
  }

  /**
   * The file of the sent form: as the upload widget decoded it, or else the request's file part
   * (each slot's form carries exactly one file input). Null, with a message, when none came or it
   * is too large to read.
   */
  private Upload sentFile() {
    if (file != null && file.getSize() > 0) {
      return new Upload(file.getFileName(), file.getContent());
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      try {
        for (Part part : request.getParts()) {
          if (part.getSubmittedFileName() != null && part.getSize() > 0) {
            if (part.getSize() > maxBytes) {
              Texts.error("documents.file.tooLarge", megabytes(part.getSize()), getMaxSize());
              return null;
            }
            try (InputStream in = part.getInputStream()) {
              return new Upload(part.getSubmittedFileName(), in.readAllBytes());
            }
          }
        }
      } catch (IOException | ServletException e) {
        throw new UncheckedIOException(new IOException("reading the uploaded file failed", e));
      }
    }
    Texts.error("documents.file.empty");
    return null;
  }

  public void submit() {
    CaseView submitted = Attempt.get(() -> applications.submit(id, view.version()));
    if (submitted != null) {
      show(submitted);
      Texts.info("my_case.submitted", submitted.number());
    }
  }

  public void answerCorrection() {
    CaseView answered = Attempt.get(() -> applications.answerCorrection(id, view.version()));
    if (answered != null) {
      show(answered);
      Texts.info("my_case.correctionAnswered");
    }
  }

  public void withdraw() {
    CaseView withdrawn =
        Attempt.get(() -> applications.withdraw(id, view.version(), withdrawReason));
    if (withdrawn != null) {
      show(withdrawn);
      withdrawReason = null;
      Texts.info("my_case.withdrawn");
    }
  }

  public String discard() {
    return Attempt.run(() -> applications.discardDraft(id, view.version()))
        ? "/my/cases.xhtml?faces-redirect=true"
        : null;
  }

  public boolean isDraft() {
    return view.status() == CaseStatus.DRAFT;
  }

  public boolean isCorrectionRequested() {
    return view.status() == CaseStatus.CORRECTION_REQUESTED;
  }

  public boolean isWithdrawable() {
    return !isDraft() && view.status().isWithdrawable();
  }

  /** Whether the applicant may upload {@code m} now: in a draft, to correct, or deferred. */
  public boolean uploadable(CaseView.Material m) {
    return switch (view.status()) {
      case DRAFT -> true;
      case CORRECTION_REQUESTED -> m.state() == MaterialState.TO_CORRECT;
      default -> m.state() == MaterialState.DEFERRED;
    };
  }

  public boolean isAnyUploadable() {
    return view.materials().stream().anyMatch(this::uploadable);
  }

  /** The required materials of a draft without a file, joined for the warning; empty if none. */
  public String getMissingRequired() {
    return view.materials().stream()
        .filter(m -> m.necessity() == MaterialNecessity.MANDATORY && !m.hasFile())
        .map(CaseView.Material::name)
        .collect(Collectors.joining("、"));
  }

  public List<String> getExplanation() {
    return Deadlines.explanation(view.dueDate());
  }

  public String time(Instant at) {
    return Deadlines.minute(at);
  }

  public String getMaxSize() {
    return megabytes(maxBytes);
  }

  private static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format("%.1f", mb)) + " MB";
  }

  public long getMaxBytes() {
    return maxBytes;
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

  public ApplicantFields getApplicant() {
    return applicant;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }
}
