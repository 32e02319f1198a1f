package gov.approval.web.portal;

import gov.approval.catalogue.boundary.AttachmentRow;
import gov.approval.catalogue.boundary.GuideAttachments;
import gov.approval.catalogue.boundary.ItemAttachmentService;
import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicGuide;
import gov.approval.catalogue.boundary.WindowAssignmentRow;
import gov.approval.catalogue.entity.AttachmentKind;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.consultation.boundary.ConsultationService;
import gov.approval.consultation.boundary.PublishedFaq;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;

/**
 * The item guide (办事指南, {@code /item.xhtml?code=<implementation code>}): the published version of
 * one item, with its flowchart, checklist and, where the item can be handled online, the way to
 * apply. An unknown or never published code is the 404 page. Request scoped: a read-only GET page.
 */
@Named("portalItemBacking")
@RequestScoped
public class ItemBacking {

  @Inject PublicCatalogue catalogue;

  @Inject ItemAttachmentService attachmentService;

  @Inject ConsultationService consultation;

  private List<PublishedFaq> citizenFaq;

  private PublicGuide guide;
  private GuideAttachments files;
  private boolean deferrable;

  @PostConstruct
  void load() {
    String code =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
    if (code == null || code.isBlank() || code.length() > 64) {
      throw new NotFoundException("ServiceItem", String.valueOf(code));
    }
    guide = catalogue.guide(code);
    files = attachmentService.publishedFor(code);
    citizenFaq = consultation.faq(code);
    deferrable =
        guide.materials().stream().anyMatch(m -> m.necessity() == MaterialNecessity.DEFERRABLE);
  }

  /** Answers to citizens' questions that the department published with the askers' consent. */
  public List<PublishedFaq> getCitizenFaq() {
    return citizenFaq;
  }

  public PublicGuide getGuide() {
    return guide;
  }

  /** The blank form of material {@code number} (counted from 1), or null. */
  public AttachmentRow blankForm(int number) {
    return file(AttachmentKind.BLANK_FORM, number - 1);
  }

  /** The filled-in sample of material {@code number} (counted from 1), or null. */
  public AttachmentRow sample(int number) {
    return file(AttachmentKind.SAMPLE, number - 1);
  }

  /** The sample of the result (licence, certificate), or null. */
  public AttachmentRow getResultSample() {
    return file(AttachmentKind.RESULT_SAMPLE, null);
  }

  /** The halls and windows where the item is handled. */
  public List<WindowAssignmentRow> getWindows() {
    return files.windows();
  }

  private AttachmentRow file(AttachmentKind kind, Integer position) {
    return files.attachments().stream()
        .filter(a -> a.kind() == kind && Objects.equals(a.materialPosition(), position))
        .findFirst()
        .orElse(null);
  }

  public boolean isEnded() {
    return guide.ended();
  }

  public boolean isSuspended() {
    return guide.suspended();
  }

  public boolean isImmediate() {
    return guide.immediate();
  }

  public boolean isApplicableOnline() {
    return guide.applicableOnline();
  }

  /** Whether any material may be handed in later under 容缺受理. */
  public boolean isDeferrable() {
    return deferrable;
  }

  public boolean isMerged() {
    return guide.ending() != null && guide.ending().mergedIntoCode() != null;
  }

  public boolean isEndedByRound() {
    return guide.ending() != null && guide.ending().roundName() != null;
  }

  public String getChecklistPath() {
    return "/items/" + guide.implementationCode() + "/checklist.pdf";
  }
}
