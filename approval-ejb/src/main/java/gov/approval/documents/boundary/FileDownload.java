package gov.approval.documents.boundary;

/**
 * A file to send: the type detected on upload (the Content-Type), the uploaded name (offered as the
 * download's name, after cleaning), the extension of the detected type and the bytes.
 */
public record FileDownload(
    String storageName, String originalName, String mediaType, String extension, byte[] content) {}
