package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.ItemDetails;
import gov.approval.catalogue.boundary.ReviewRow;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The review queue ({@code /staff/catalogue/review.xhtml}): versions waiting for a second person,
 * oldest first. Opening one shows the submitted version beside the published one with what changed;
 * the reviewer approves it or sends it back with a reason. The boundary refuses whoever made the
 * version (maker-checker), and the page shows its message where the buttons are.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogueService catalogueService;

  private BoundaryLazyModel<ReviewRow, Void> queue;

  /** The item opened from the queue, or null. */
  private ItemDetails opened;

  @NotBlank(message = "{catalogue.version.rejectionReason.required}")
  @Size(max = ItemVersion.REASON_LENGTH)
  private String reason;

  @PostConstruct
  void load() {
    CatalogueService service = catalogueService;
    queue =
        new BoundaryLazyModel<>((request, none) -> service.reviewQueue(request), ReviewRow::itemId);
  }

  public void open(ReviewRow row) {
    opened = Attempt.get(() -> catalogueService.details(row.itemId()));
  }

  public void close() {
    opened = null;
  }

  public void approve() {
    if (Attempt.run(() -> catalogueService.approve(opened.id(), opened.version()))) {
      Texts.info("staff_catalogue_review.approved", opened.implementationCode());
      opened = null;
    } else {
      refresh();
    }
  }

  public void startReject() {
    reason = null;
  }

  public void reject() {
    if (Attempt.run(() -> catalogueService.reject(opened.id(), opened.version(), reason))) {
      Texts.info("staff_catalogue_review.rejected", opened.implementationCode());
      opened = null;
    }
  }

  /** After a refusal the item is read again: someone else may have decided it meanwhile. */
  private void refresh() {
    ItemDetails again = Attempt.get(() -> catalogueService.details(opened.id()));
    if (again != null) {
      opened = again;
    }
  }

  /** Whether the opened item still has a version waiting for review. */
  public boolean isReviewable() {
    return opened != null
        && opened.working() != null
        && opened.working().status() == VersionStatus.IN_REVIEW;
  }

  /** What differs between the published version and the submitted one. */
  public List<String> getChanges() {
    if (opened == null || opened.working() == null) {
      return List.of();
    }
    return ContentChanges.between(
        opened.published() == null ? null : opened.published().content(),
        opened.working().content());
  }

  public BoundaryLazyModel<ReviewRow, Void> getQueue() {
    return queue;
  }

  public ItemDetails getOpened() {
    return opened;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
