package gov.approval.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * The bytes of a {@link StoredFile}, in their own row so that nothing reading metadata loads them.
 * A plain {@code byte[]} without {@code @Lob}: EclipseLink binds it as bytes to PostgreSQL's {@code
 * bytea} and to H2's {@code VARBINARY} alike, where {@code @Lob} would ask for streams and, on some
 * providers, PostgreSQL's large objects.
 */
@Entity
@Table(name = "stored_file_content")
public class StoredFileContent {

  @Id
  @Column(name = "file_id")
  private Long fileId;

  @Version private long version;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "file_id")
  private StoredFile file;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected StoredFileContent() {}

  public StoredFileContent(StoredFile file, byte[] content) {
    this.file = Objects.requireNonNull(file);
    this.content = Objects.requireNonNull(content);
  }

  public StoredFile getFile() {
    return file;
  }

  public byte[] getContent() {
    return content;
  }
}
