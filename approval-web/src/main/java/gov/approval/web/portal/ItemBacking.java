package gov.approval.web.portal;

import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicGuide;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The item guide (办事指南, {@code /item.xhtml?code=<implementation code>}): the published version of
 * one item, with its flowchart, checklist and, where the item can be handled online, the way to
 * apply. An unknown or never published code is the 404 page. Request scoped: a read-only GET page.
 */
@Named("portalItemBacking")
@RequestScoped
public class ItemBacking {

  @Inject PublicCatalogue catalogue;

  private PublicGuide guide;
  private boolean deferrable;

  @PostConstruct
  void load() {
    String code =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
    if (code == null || code.isBlank() || code.length() > 64) {
      throw new NotFoundException("ServiceItem", String.valueOf(code));
    }
    guide = catalogue.guide(code);
    deferrable =
        guide.materials().stream().anyMatch(m -> m.necessity() == MaterialNecessity.DEFERRABLE);
  }

  public PublicGuide getGuide() {
    return guide;
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
