package gov.approval.catalogue.entity;

import gov.approval.documents.entity.StoredFile;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored file hung on an item version: a material's blank form or sample (by the material's
 * position in the version, from 0), or the version's result sample. A row of its own rather than a
 * field of {@link ItemMaterial} or {@link ItemContent}, so the content values stay as they are; the
 * rows of the published version are copied to each new draft, like its content, and change only
 * while the version is a draft.
 */
@Entity
@EntityListeners(PublicDataListener.class)
@Table(name = "item_attachment")
@NamedQuery(
    name = "ItemAttachment.findByVersion",
    query =
        "SELECT a FROM ItemAttachment a JOIN FETCH a.file WHERE a.itemVersion = :version"
            + " ORDER BY a.id")
public class ItemAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_version_id", nullable = false, updatable = false)
  private ItemVersion itemVersion;

  @Column(name = "material_position", updatable = false)
  private Integer materialPosition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private AttachmentKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "file_id", nullable = false, updatable = false)
  private StoredFile file;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ItemAttachment() {}

  private ItemAttachment(
      ItemVersion itemVersion,
      AttachmentKind kind,
      Integer materialPosition,
      StoredFile file,
      Instant now) {
    this.itemVersion = Objects.requireNonNull(itemVersion);
    this.kind = Objects.requireNonNull(kind);
    this.materialPosition = materialPosition;
    this.file = Objects.requireNonNull(file);
    this.createdAt = Objects.requireNonNull(now);
  }

  /**
   * A file for {@code draft}: per material for blank forms and samples (a position among the
   * draft's materials), for the version for its result sample. Only a draft takes files.
   */
  public static ItemAttachment attach(
      ItemVersion draft,
      AttachmentKind kind,
      Integer materialPosition,
      int materialCount,
      StoredFile file,
      Instant now) {
    requireDraft(draft);
    if (kind.isPerMaterial()) {
      if (materialPosition == null || materialPosition < 0 || materialPosition >= materialCount) {
        throw new BusinessException(
            "catalogue.attachment.noSuchMaterial",
            materialPosition == null ? "-" : materialPosition + 1);
      }
    } else {
      materialPosition = null;
    }
    return new ItemAttachment(draft, kind, materialPosition, file, now);
  }

  /** The same file on the next draft, when it starts as a copy of the published version. */
  public ItemAttachment copyTo(ItemVersion draft, Instant now) {
    return new ItemAttachment(draft, kind, materialPosition, file, now);
  }

  /** Whether this row holds the slot ({@code kind}, {@code position}) an upload replaces. */
  public boolean occupies(AttachmentKind otherKind, Integer position) {
    return kind == otherKind
        && Objects.equals(materialPosition, kind.isPerMaterial() ? position : null);
  }

  /** Refuses unless the version is still a draft. */
  public void checkRemovable() {
    requireDraft(itemVersion);
  }

  private static void requireDraft(ItemVersion version) {
    if (version.getStatus() != VersionStatus.DRAFT) {
      throw new BusinessException("catalogue.attachment.notDraft", version.getNumber());
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public ItemVersion getItemVersion() {
    return itemVersion;
  }

  public Integer getMaterialPosition() {
    return materialPosition;
  }

  public AttachmentKind getKind() {
    return kind;
  }

  public StoredFile getFile() {
    return file;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
