package gov.approval.web.portal;

import gov.approval.appointment.boundary.PublicHall;
import gov.approval.appointment.boundary.PublicHalls;
import gov.approval.appointment.boundary.RegionChoice;
import gov.approval.organisation.entity.RegionLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The public list of halls ({@code /halls.xhtml?level=&region=}) at every region level, filtered by
 * GET parameters; a bad parameter is ignored like on the other public lists. No session.
 */
@Named("portalHallsBacking")
@RequestScoped
public class HallsBacking {

  @Inject PublicHalls halls;

  private RegionLevel level;
  private Long region;
  private List<PublicHall> rows;
  private List<RegionChoice> regions;

  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    level = enumOrNull(params.get("level"));
    region = longOrNull(params.get("region"));
    rows = halls.halls(level, region);
    regions = halls.regions();
  }

  static RegionLevel enumOrNull(String value) {
    try {
      return value == null || value.isBlank() ? null : RegionLevel.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Long longOrNull(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public RegionLevel[] getLevels() {
    return RegionLevel.values();
  }

  public RegionLevel getLevel() {
    return level;
  }

  public Long getRegion() {
    return region;
  }

  public List<PublicHall> getRows() {
    return rows;
  }

  public List<RegionChoice> getRegions() {
    return regions;
  }
}
