package gov.approval.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored file's metadata: the generated name it is stored and served under, the name it was
 * uploaded with (shown and offered on download, never used as a path), the type detected from its
 * bytes, size and SHA-256, and who stored it when. The bytes are a {@link StoredFileContent}.
 * Stored files never change: a new upload is a new file.
 */
@Entity
@Table(name = "stored_file")
@NamedQuery(
    name = "StoredFile.findByStorageName",
    query = "SELECT f FROM StoredFile f WHERE f.storageName = :name")
public class StoredFile {

  public static final int STORAGE_NAME_LENGTH = 36;
  public static final int ORIGINAL_NAME_LENGTH = 255;
  public static final int ACTOR_LENGTH = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "storage_name", nullable = false, updatable = false, length = STORAGE_NAME_LENGTH)
  private String storageName;

  @Column(
      name = "original_name",
      nullable = false,
      updatable = false,
      length = ORIGINAL_NAME_LENGTH)
  private String originalName;

  @Column(name = "media_type", nullable = false, updatable = false, length = 128)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 24)
  private FilePurpose purpose;

  @Column(name = "created_by", nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected StoredFile() {}

  /** A new file of {@code type}, as checked; its storage name is a fresh random UUID. */
  public StoredFile(
      FilePurpose purpose,
      String originalName,
      FileType type,
      long sizeBytes,
      String sha256,
      String createdBy,
      Instant createdAt) {
    this.storageName = UUID.randomUUID().toString();
    this.purpose = Objects.requireNonNull(purpose);
    this.originalName = safeName(originalName, type);
    this.mediaType = type.mediaType();
    this.sizeBytes = sizeBytes;
    this.sha256 = Objects.requireNonNull(sha256);
    this.createdBy = clip(Objects.requireNonNull(createdBy), ACTOR_LENGTH);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /**
   * The uploaded name as metadata only: without any folder a browser may send, without control
   * characters, clipped; a file without a usable name is named after its storage name and type.
   */
  static String safeName(String uploaded, FileType type) {
    String name = uploaded == null ? "" : uploaded;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "file." + type.extension();
    }
    return clip(name, ORIGINAL_NAME_LENGTH);
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(text.length() - length);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getStorageName() {
    return storageName;
  }

  public String getOriginalName() {
    return originalName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public FilePurpose getPurpose() {
    return purpose;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
