package gov.approval.evaluation.boundary;

import java.time.Instant;

/** A window rating the clerk started: the one-time token for the device page and its expiry. */
public record WindowRatingStart(String token, String caseNumber, Instant expiresAt) {}
