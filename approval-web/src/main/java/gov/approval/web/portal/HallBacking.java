package gov.approval.web.portal;

import gov.approval.appointment.boundary.HallPage;
import gov.approval.appointment.boundary.PublicHalls;
import gov.approval.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One hall's public page ({@code /hall.xhtml?id=}): address, hours, phone, the windows with the
 * items each handles (linked to their guides) and the way to book a visit. No session.
 */
@Named("portalHallBacking")
@RequestScoped
public class HallBacking {

  @Inject PublicHalls halls;

  private HallPage page;

  public void load() {
    Long id =
        HallsBacking.longOrNull(
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id"));
    page = halls.hall(id).orElse(null);
    if (page == null) {
      Texts.error("hall.notFound");
    }
  }

  public HallPage getPage() {
    return page;
  }
}
