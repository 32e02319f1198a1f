package gov.approval.mail.entity;

import gov.approval.platform.boundary.MailAttachment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * One file attached to an {@link OutboxMail}, bytes included (read only when the mail is sent). A
 * plain {@code byte[]}, as in the stored files: {@code bytea} on PostgreSQL, {@code VARBINARY} on
 * H2.
 */
@Entity
@Table(name = "outbox_mail_attachment")
public class OutboxAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mail_id", nullable = false, updatable = false)
  private OutboxMail mail;

  @Column(name = "position_no", nullable = false, updatable = false)
  private int position;

  @Column(
      name = "file_name",
      nullable = false,
      updatable = false,
      length = MailAttachment.FILE_NAME_LENGTH)
  private String fileName;

  @Column(
      name = "content_type",
      nullable = false,
      updatable = false,
      length = MailAttachment.CONTENT_TYPE_LENGTH)
  private String contentType;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected OutboxAttachment() {}

  OutboxAttachment(OutboxMail mail, int position, MailAttachment attachment) {
    this.mail = Objects.requireNonNull(mail);
    this.position = position;
    this.fileName = attachment.fileName();
    this.contentType = attachment.contentType();
    this.content = attachment.content();
  }

  public MailAttachment toAttachment() {
    return new MailAttachment(fileName, contentType, content);
  }

  public int getPosition() {
    return position;
  }

  public String getFileName() {
    return fileName;
  }
}
