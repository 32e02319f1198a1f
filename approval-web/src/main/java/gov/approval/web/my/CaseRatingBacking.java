package gov.approval.web.my;

import gov.approval.casework.entity.CaseStatus;
import gov.approval.evaluation.boundary.RatingForm;
import gov.approval.evaluation.boundary.RatingService;
import gov.approval.evaluation.boundary.RatingView;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RatingTag;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rating panel of the applicant's case page (好差评): after completion the applicant rates the
 * case once, and after a bad review sees its rectification and rates that. Kept apart from the case
 * page's own backing so that the case page only includes it.
 */
@Named("myCaseRatingBacking")
@ViewScoped
public class CaseRatingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Set<CaseStatus> RATEABLE =
      EnumSet.of(CaseStatus.COMPLETED, CaseStatus.DELIVERED);

  @Inject transient RatingService ratings;

  @Inject CaseBacking caseBacking;

  private Long caseId;
  private boolean rateable;
  private RatingView rating;
  private RatingLevel level;
  private String comment;
  private List<RatingTag> tags = new ArrayList<>();
  private RatingLevel rectificationLevel;

  @PostConstruct
  void init() {
    if (caseBacking.getView() == null || !RATEABLE.contains(caseBacking.getView().status())) {
      return;
    }
    caseId = caseBacking.getView().id();
    rateable = true;
    rating = Attempt.get(() -> ratings.myRating(caseId).orElse(null));
  }

  public void rate() {
    RatingView rated =
        Attempt.get(
            () -> ratings.rateOnline(caseId, new RatingForm(level, comment, Set.copyOf(tags))));
    if (rated != null) {
      rating = rated;
      Texts.info(rated.bad() ? "my_case_rating.thanksBad" : "my_case_rating.thanks");
    }
  }

  public void rateRectification() {
    RatingView rated = Attempt.get(() -> ratings.rateRectification(caseId, rectificationLevel));
    if (rated != null) {
      rating = rated;
      Texts.info("my_case_rating.thanks");
    }
  }

  public RatingLevel[] getLevels() {
    return RatingLevel.values();
  }

  public RatingTag[] getAllTags() {
    return RatingTag.values();
  }

  public boolean isRateable() {
    return rateable;
  }

  public boolean isCanRate() {
    return rateable && rating == null;
  }

  public boolean isCanRateRectification() {
    return rating != null
        && rating.rectificationResult() != null
        && rating.rectificationRating() == null;
  }

  public RatingView getRating() {
    return rating;
  }

  public RatingLevel getLevel() {
    return level;
  }

  public void setLevel(RatingLevel level) {
    this.level = level;
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

  public RatingLevel getRectificationLevel() {
    return rectificationLevel;
  }

  public void setRectificationLevel(RatingLevel rectificationLevel) {
    this.rectificationLevel = rectificationLevel;
  }
}
