package gov.approval.web.portal;

import gov.approval.organisation.boundary.HallRow;
import gov.approval.organisation.boundary.HallService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The portal's home ({@code /index.xhtml}): where the city and county halls are. */
@Named
@RequestScoped
public class PortalHomeBacking {

  @Inject HallService halls;

  private List<HallRow> cityAndCountyHalls;

  @PostConstruct
  void load() {
    cityAndCountyHalls = halls.publicHalls();
  }

  public List<HallRow> getCityAndCountyHalls() {
    return cityAndCountyHalls;
  }
}
