package gov.approval.documents.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A file as a user uploaded it: the name their browser sent (metadata only) and the bytes. What the
 * file is, is decided from the bytes.
 */
public record Upload(
    @Size(max = 1024) String fileName,
    @NotNull(message = "{documents.upload.content.required}") byte[] content) {}
