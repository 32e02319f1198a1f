package gov.approval.evaluation.control;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.evaluation.entity.Rating;
import gov.approval.evaluation.entity.RectificationTicket;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the rectification ticket of a bad review with its two deadlines on the working-day
 * calendar; both limits are settings, because local rules differ (5 or 15 working days).
 */
@Dependent
public class Tickets {

  @PersistenceContext EntityManager em;

  @Inject CalendarService calendars;

  @Inject
  @ConfigProperty(name = "approval.evaluation.callback-days", defaultValue = "1")
  int callbackDays;

  @Inject
  @ConfigProperty(name = "approval.evaluation.rectify-days", defaultValue = "15")
  int rectifyDays;

  /** Opens the ticket when {@code rating} is a bad review; returns it, or null. */
  public RectificationTicket openIfBad(Rating rating, Instant now, LocalDate today) {
    if (!rating.isBad()) {
      return null;
    }
    RectificationTicket ticket =
        RectificationTicket.open(
            rating,
            now,
            calendars.calendar().due(today, callbackDays, LimitUnit.WORKING_DAYS).due(),
            calendars.calendar().due(today, rectifyDays, LimitUnit.WORKING_DAYS).due());
    em.persist(ticket);
    return ticket;
  }

  public RectificationTicket forRating(long ratingId) {
    return em.createNamedQuery("RectificationTicket.forRating", RectificationTicket.class)
        .setParameter("ratingId", ratingId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
