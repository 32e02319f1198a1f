package gov.approval.evaluation.boundary;

import java.time.Instant;

/**
 * A window rating the clerk started: the one-time token for the device page, the six-digit code the
 * citizen may type on a hall kiosk instead, and their expiry.
 */
public record WindowRatingStart(String token, String code, String caseNumber, Instant expiresAt) {}
