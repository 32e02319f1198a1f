package gov.approval.web.staff.evaluation;

import gov.approval.evaluation.boundary.RatingService;
import gov.approval.evaluation.boundary.WindowRatingStart;
import gov.approval.web.shell.Attempt;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /staff/evaluation/window.xhtml}: the clerk starts the rating of a visit by the case
 * number; the window device opens the link with the one-time token, or the citizen types the
 * visit's six-digit code on a hall kiosk.
 */
@Named
@ViewScoped
public class WindowBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient RatingService ratings;

  private String caseNumber;
  private WindowRatingStart started;

  public void start() {
    started = Attempt.get(() -> ratings.startWindowRating(caseNumber));
  }

  /** The device link, relative to the server, for the window device or a QR code. */
  public String getDeviceLink() {
    if (started == null) {
      return null;
    }
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/kiosk/rate.xhtml?t="
        + started.token();
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public WindowRatingStart getStarted() {
    return started;
  }
}
