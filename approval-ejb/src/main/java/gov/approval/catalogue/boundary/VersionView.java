package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.VersionStatus;
import java.time.Instant;

/** One version of an item with its whole content and review data, for the editor and the guide. */
public record VersionView(
    Long id,
    int number,
    VersionStatus status,
    ItemContent content,
    String limitExceptionReason,
    String authorName,
    String reviewerName,
    String rejectionReason,
    Instant createdAt,
    Instant submittedAt,
    Instant reviewedAt,
    Instant publishedAt,
    Instant retiredAt) {}
