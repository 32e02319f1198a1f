package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.AppealStatus;
import gov.approval.evaluation.entity.Rating;
import gov.approval.evaluation.entity.RatingChannel;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RatingTag;
import gov.approval.evaluation.entity.RectificationTicket;
import gov.approval.evaluation.entity.TicketStatus;
import java.time.Instant;
import java.util.Set;

/**
 * A rating as its citizen and the department see it, with its rectification when it was a bad
 * review (ticket fields empty otherwise).
 */
public record RatingView(
    long id,
    long caseId,
    String caseNumber,
    RatingChannel channel,
    RatingLevel level,
    String comment,
    Set<RatingTag> tags,
    Instant ratedAt,
    boolean bad,
    boolean excluded,
    Long ticketId,
    Long ticketVersion,
    TicketStatus ticketStatus,
    String rectificationResult,
    RatingLevel rectificationRating,
    AppealStatus appealStatus) {

  static RatingView of(Rating r, RectificationTicket t) {
    return new RatingView(
        r.getId(),
        r.getApprovalCase().getId(),
        r.getApprovalCase().getNumber(),
        r.getChannel(),
        r.getLevel(),
        r.getComment(),
        r.getTags(),
        r.getRatedAt(),
        r.isBad(),
        r.isExcluded(),
        t == null ? null : t.getId(),
        t == null ? null : t.getVersion(),
        t == null ? null : t.getStatus(),
        t == null ? null : t.getResult(),
        t == null ? null : t.getCitizenLevel(),
        t == null ? null : t.getAppealStatus());
  }
}
