package gov.approval.platform.boundary;

import java.util.Objects;

/**
 * A file attached to a {@link Mail}: the name the recipient sees, its media type (e.g. {@code
 * application/pdf}) and its bytes. The bytes are copied in, so the caller may reuse its array.
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

  public static final int FILE_NAME_LENGTH = 255;
  public static final int CONTENT_TYPE_LENGTH = 128;

  public MailAttachment {
    Objects.requireNonNull(fileName);
    Objects.requireNonNull(contentType);
    Objects.requireNonNull(content);
    if (fileName.isBlank() || fileName.length() > FILE_NAME_LENGTH) {
      throw new IllegalArgumentException("Attachment file name blank or too long: " + fileName);
    }
    if (contentType.isBlank() || contentType.length() > CONTENT_TYPE_LENGTH) {
      throw new IllegalArgumentException("Attachment content type blank or too long");
    }
    content = content.clone();
  }

  public static MailAttachment pdf(String fileName, byte[] content) {
    return new MailAttachment(fileName, "application/pdf", content);
  }
}
