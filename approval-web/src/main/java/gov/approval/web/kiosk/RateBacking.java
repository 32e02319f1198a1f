package gov.approval.web.kiosk;

import gov.approval.evaluation.boundary.RatingForm;
import gov.approval.evaluation.boundary.RatingService;
import gov.approval.evaluation.boundary.RatingView;
import gov.approval.evaluation.boundary.WindowRatingInfo;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RatingTag;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rating page of window devices and hall kiosks ({@code /kiosk/rate.xhtml}): the clerk's
 * one-time token ({@code ?t=}) names the visit on a window device; on a kiosk the citizen types the
 * visit's six-digit code instead. Then the citizen taps a level, optionally tags and a comment, and
 * the token (with its code) is spent. Wrong codes count against the client like wrong progress
 * queries ({@link RatingCodeLimiter}).
 */
@Named("kioskRateBacking")
@ViewScoped
public class RateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient RatingService ratings;

  @Inject transient RatingCodeLimiter limiter;

  private String token;
  private String code;
  private String enteredCode;
  private WindowRatingInfo info;
  private boolean done;
  private String comment;
  private List<RatingTag> tags = new ArrayList<>();

  /**
   * Reads the visit the token names. Without a token (the hall kiosk's "rate" tile) the page
   * explains how a visit is rated instead of refusing: the clerk starts the rating, which opens
   * this page with its token on the window's device.
   */
  public void load() {
    if (hasToken()) {
      info = Attempt.get(() -> ratings.windowRating(token));
    }
  }

  public boolean hasToken() {
    return token != null && !token.isBlank();
  }

  /** The kiosk's code field shows until a code opened a visit, unless a token named one. */
  public boolean isCodeEntry() {
    return !hasToken() && info == null && !done;
  }

  /**
   * Opens the visit the typed code names. A client with too many wrong codes is refused for a while
   * without the code being looked at, so guessing a live code among a million stays hopeless.
   */
  public void enterCode() {
    String client =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getRemoteAddr();
    if (limiter.blocked(client)) {
      Texts.error("kiosk_rate.tooMany", RatingCodeLimiter.WINDOW.toMinutes());
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    String typed = code == null ? "" : code.strip();
    info = Attempt.get(() -> ratings.windowRatingByCode(typed));
    if (info == null) {
      limiter.failed(client);
    } else {
      enteredCode = typed;
    }
  }

  /** One tap on a level submits the rating with the tags and comment chosen so far. */
  public void rate(RatingLevel level) {
    RatingForm form = new RatingForm(level, comment, Set.copyOf(tags));
    RatingView rated =
        Attempt.get(
            () ->
                hasToken()
                    ? ratings.rateAtWindow(token, form)
                    : ratings.rateAtWindowByCode(enteredCode == null ? "" : enteredCode, form));
    if (rated != null) {
      done = true;
      info = null;
      Texts.info(rated.bad() ? "my_case_rating.thanksBad" : "my_case_rating.thanks");
    }
  }

  public RatingLevel[] getLevels() {
    return RatingLevel.values();
  }

  public RatingTag[] getAllTags() {
    return RatingTag.values();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public WindowRatingInfo getInfo() {
    return info;
  }

  public boolean isDone() {
    return done;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public List<RatingTag> getTags() {
    return tags;
  }

  public void setTags(List<RatingTag> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }
}
