package gov.approval.web.kiosk;

import gov.approval.evaluation.boundary.RatingForm;
import gov.approval.evaluation.boundary.RatingService;
import gov.approval.evaluation.boundary.RatingView;
import gov.approval.evaluation.boundary.WindowRatingInfo;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RatingTag;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The window device's rating page ({@code /kiosk/rate.xhtml?t=}): the clerk's one-time token names
 * the visit; the citizen taps a level, optionally tags and a comment, and the token is spent.
 */
@Named("kioskRateBacking")
@ViewScoped
public class RateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient RatingService ratings;

  private String token;
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

  /** One tap on a level submits the rating with the tags and comment chosen so far. */
  public void rate(RatingLevel level) {
    RatingView rated =
        Attempt.get(
            () -> ratings.rateAtWindow(token, new RatingForm(level, comment, Set.copyOf(tags))));
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
