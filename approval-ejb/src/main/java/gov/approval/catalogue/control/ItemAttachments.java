package gov.approval.catalogue.control;

import gov.approval.catalogue.boundary.AttachmentRow;
import gov.approval.catalogue.boundary.WindowAssignmentRow;
import gov.approval.catalogue.entity.ItemAttachment;
import gov.approval.catalogue.entity.ItemVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Reads and copies the rows the catalogue keeps beside the version content: attachments per
 * version, windows per item. Runs in the calling boundary's transaction.
 */
@Dependent
public class ItemAttachments {

  private static final String ATTACHMENT_ROW =
      "SELECT NEW gov.approval.catalogue.boundary.AttachmentRow(a.id, a.version, a.kind,"
          + " a.materialPosition, f.storageName, f.originalName, f.mediaType, f.sizeBytes,"
          + " a.createdAt) FROM ItemAttachment a JOIN a.file f";

  private static final String WINDOW_ROW =
      "SELECT NEW gov.approval.catalogue.boundary.WindowAssignmentRow(w.id, w.number, w.name,"
          + " h.id, h.name, d.shortName) FROM ServiceWindow w JOIN w.hall h JOIN w.section s"
          + " JOIN s.department d";

  @PersistenceContext EntityManager em;

  /** One statement: the version's files, by kind, material and upload. */
  public List<AttachmentRow> rows(Long versionId) {
    return em.createQuery(
            ATTACHMENT_ROW
                + " WHERE a.itemVersion.id = :version ORDER BY a.kind, a.materialPosition, a.id",
            AttachmentRow.class)
        .setParameter("version", versionId)
        .getResultList();
  }

  /** One statement: the windows assigned to the item, by hall and number. */
  public List<WindowAssignmentRow> windows(Long itemId) {
    return em.createQuery(
            WINDOW_ROW
                + " WHERE w.id IN (SELECT iw.window.id FROM ItemWindow iw WHERE iw.item.id = :item)"
                + " ORDER BY h.name, w.number",
            WindowAssignmentRow.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  /** The active windows of active halls, for choosing; by hall and number. */
  public List<WindowAssignmentRow> windowChoices() {
    return em.createQuery(
            WINDOW_ROW + " WHERE w.active = TRUE AND h.active = TRUE ORDER BY h.name, w.number",
            WindowAssignmentRow.class)
        .getResultList();
  }

  public List<ItemAttachment> of(ItemVersion version) {
    return em.createNamedQuery("ItemAttachment.findByVersion", ItemAttachment.class)
        .setParameter("version", version)
        .getResultList();
  }

  /** Copies the published version's files onto the draft that starts as its copy. */
  public void copy(ItemVersion from, ItemVersion to, Instant now) {
    for (ItemAttachment attachment : of(from)) {
      em.persist(attachment.copyTo(to, now));
    }
  }
}
