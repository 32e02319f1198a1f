package gov.approval.web.kiosk;

import gov.approval.web.portal.ProgressLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * Limits wrong window-rating codes per client address, on the kiosk page and in the API alike, with
 * the progress query's rule ({@link ProgressLimiter#MAX_FAILURES} failures within {@link
 * ProgressLimiter#WINDOW}). Its own counter: a visitor who mistypes a check code at a kiosk must
 * not lock the next visitor out of rating, and six-digit codes need the limit as much as check
 * codes.
 */
@ApplicationScoped
@Typed(RatingCodeLimiter.class)
public class RatingCodeLimiter extends ProgressLimiter {}
