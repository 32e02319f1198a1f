package gov.approval.portal.boundary;

import java.time.Instant;

/** A new API token, shown once to its owner: send it as {@code Authorization: Bearer <token>}. */
public record IssuedToken(String token, String tokenType, Instant expiresAt) {}
