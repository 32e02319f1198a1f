package gov.approval.portal.boundary;

import java.time.Instant;

/** One of my unsubmitted applications, to continue or discard. */
public record MyDraft(long id, String itemName, Instant createdAt, Instant updatedAt) {}
