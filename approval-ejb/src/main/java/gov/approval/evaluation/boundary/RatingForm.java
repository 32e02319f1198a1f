package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.Rating;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RatingTag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What the citizen chooses: a level, optionally a comment and tags. */
public record RatingForm(
    @NotNull(message = "{evaluation.rating.levelMissing}") RatingLevel level,
    @Size(max = Rating.COMMENT_LENGTH) String comment,
    Set<RatingTag> tags) {

  public RatingForm {
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }
}
