package gov.approval.documents.boundary;

import gov.approval.documents.entity.FilePurpose;
import java.time.Instant;

/** A stored file's metadata, for lists and links ({@code /files/<storageName>}). */
public record StoredFileRow(
    Long id,
    String storageName,
    String originalName,
    String mediaType,
    long sizeBytes,
    String sha256,
    FilePurpose purpose,
    String createdBy,
    Instant createdAt) {}
