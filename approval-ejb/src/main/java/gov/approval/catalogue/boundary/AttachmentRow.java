package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.AttachmentKind;
import java.time.Instant;

/**
 * A file attached to an item version: which kind, for which material (position from 0; null for the
 * result sample), and the stored file to link to ({@code /files/<storageName>}).
 */
public record AttachmentRow(
    Long id,
    long version,
    AttachmentKind kind,
    Integer materialPosition,
    String storageName,
    String originalName,
    String mediaType,
    long sizeBytes,
    Instant uploadedAt) {}
