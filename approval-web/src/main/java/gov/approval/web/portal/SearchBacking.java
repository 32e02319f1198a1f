package gov.approval.web.portal;

import gov.approval.organisation.boundary.HallRow;
import gov.approval.organisation.boundary.HallService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The portal's search ({@code /search.xhtml?q=}): today it finds halls by name or address; the item
 * catalogue joins the results when it exists.
 */
@Named
@RequestScoped
public class SearchBacking {

  private static final int MAX_RESULTS = 50;

  @Inject HallService halls;

  private String query;
  private List<HallRow> hallResults;

  @PostConstruct
  void search() {
    query =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
    hallResults = halls.searchPublic(query, MAX_RESULTS);
  }

  public String getQuery() {
    return query;
  }

  public boolean isBlankQuery() {
    return query == null || query.isBlank();
  }

  public List<HallRow> getHallResults() {
    return hallResults;
  }
}
