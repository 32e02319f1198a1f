package gov.approval.web.portal;

import gov.approval.evaluation.boundary.DepartmentRatings;
import gov.approval.evaluation.boundary.PublicRatings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The public rating summary ({@code /ratings.xhtml?month=yyyy-MM}): per department, the month's
 * counted ratings, the satisfied share and the bad reviews with how many were rectified. No
 * session, like every public page.
 */
@Named("portalRatingsBacking")
@RequestScoped
public class RatingsBacking {

  @Inject PublicRatings ratings;

  private YearMonth month;
  private List<DepartmentRatings> rows;

  public void load() {
    String given =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("month");
    month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    if (given != null && !given.isBlank()) {
      try {
        month = YearMonth.parse(given.strip());
      } catch (DateTimeParseException e) {
        // A bad month in the address shows the current month, as other public filters do.
      }
    }
    rows = ratings.summary(month, month);
  }

  public YearMonth getMonth() {
    return month;
  }

  public String getPrevious() {
    return month.minusMonths(1).toString();
  }

  public List<DepartmentRatings> getRows() {
    return rows;
  }
}
