package gov.approval.catalogue.boundary;

import gov.approval.catalogue.control.ItemAttachments;
import gov.approval.catalogue.entity.AttachmentKind;
import gov.approval.catalogue.entity.ItemAttachment;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.ItemWindow;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.documents.boundary.FileService;
import gov.approval.documents.boundary.StoredFileRow;
import gov.approval.documents.boundary.Upload;
import gov.approval.documents.entity.StoredFile;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Files and windows of items: blank forms and samples per material and a result sample per version
 * (changed only on a draft, copied to each new draft), and the windows handling an item (per item,
 * changed at once and written to the history). Editors act on their own department's items unless
 * they manage all, as everywhere in the catalogue; anyone reads what the published guide shows.
 */
@Stateless
@RolesAllowed({Roles.CATALOGUE_EDIT, Roles.CATALOGUE_REVIEW})
public class ItemAttachmentService {

  @PersistenceContext EntityManager em;

  @Inject ActingStaff acting;

  @Inject Clock clock;

  @Inject FileService files;

  @Inject ItemAttachments attachments;

  /** The item's files (of its draft if it has one, else of its published version) and windows. */
  public AttachmentsView view(@NotNull Long itemId) {
    ServiceItem item = Lookups.get(em, ServiceItem.class, itemId);
    ItemVersion shown = item.findWorking().or(item::findPublished).orElseThrow();
    boolean mine = mayManage(item.getDepartment());
    boolean ended = item.getStatus() == VersionStatus.ENDED;
    List<String> materials =
        shown.content().materials().stream().map(ItemMaterial::getName).toList();
    return new AttachmentsView(
        item.getId(),
        item.getVersion(),
        item.getImplementationCode(),
        item.getName(),
        shown.getNumber(),
        shown.getStatus(),
        mine && !ended && shown.getStatus() == VersionStatus.DRAFT,
        mine && !ended,
        materials.stream().map(name -> name == null ? "" : name).toList(),
        attachments.rows(shown.getId()),
        attachments.windows(item.getId()));
  }

  /**
   * Stores {@code upload} as the draft's {@code kind} file (for the material at {@code
   * materialPosition}, from 0, unless it is the result sample), replacing the one there. The file
   * is checked by content against the kind's policy; refused on anything but a draft.
   */
  @RolesAllowed(Roles.CATALOGUE_EDIT)
  public AttachmentRow attach(
      @NotNull Long itemId,
      @NotNull AttachmentKind kind,
      Integer materialPosition,
      @NotNull @Valid Upload upload) {
    ServiceItem item = Lookups.get(em, ServiceItem.class, itemId);
    acting.checkMayActOn(item.getDepartment());
    ItemVersion draft = requireDraft(item);
    int materialCount = draft.content().materials().size();
    StoredFileRow stored = files.store(kind.purpose(), upload);
    StoredFile file = em.getReference(StoredFile.class, stored.id());
    ItemAttachment attachment =
        ItemAttachment.attach(draft, kind, materialPosition, materialCount, file, clock.instant());
    for (ItemAttachment existing : attachments.of(draft)) {
      if (existing.occupies(kind, materialPosition)) {
        em.remove(existing);
      }
    }
    em.persist(attachment);
    em.flush();
    return attachments.rows(draft.getId()).stream()
        .filter(row -> row.id().equals(attachment.getId()))
        .findFirst()
        .orElseThrow();
  }

  /** Removes a file from the draft (the stored file stays: a published version may share it). */
  @RolesAllowed(Roles.CATALOGUE_EDIT)
  public void remove(@NotNull Long itemId, @NotNull Long attachmentId) {
    ServiceItem item = Lookups.get(em, ServiceItem.class, itemId);
    acting.checkMayActOn(item.getDepartment());
    ItemAttachment attachment = Lookups.get(em, ItemAttachment.class, attachmentId);
    if (!attachment.getItemVersion().getItem().getId().equals(itemId)) {
      throw new NotFoundException("ItemAttachment", attachmentId);
    }
    attachment.checkRemovable();
    em.lock(attachment.getItemVersion(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.remove(attachment);
    em.flush();
  }

  /**
   * Makes {@code windowIds} the windows handling the item, recorded in its history; returns the
   * item's new version. Windows must be active.
   */
  @RolesAllowed(Roles.CATALOGUE_EDIT)
  public long assignWindows(@NotNull Long itemId, long version, @NotNull Set<Long> windowIds) {
    ServiceItem item = Lookups.get(em, ServiceItem.class, itemId);
    acting.checkMayActOn(item.getDepartment());
    Versions.check(item.getVersion(), version);
    List<ItemWindow> current =
        em.createQuery(
                "SELECT iw FROM ItemWindow iw JOIN FETCH iw.window WHERE iw.item = :item",
                ItemWindow.class)
            .setParameter("item", item)
            .getResultList();
    Set<Long> before =
        current.stream().map(iw -> iw.getWindow().getId()).collect(Collectors.toSet());
    if (before.equals(windowIds)) {
      return item.getVersion();
    }
    List<ServiceWindow> chosen =
        windowIds.isEmpty()
            ? List.of()
            : em.createQuery(
                    "SELECT w FROM ServiceWindow w JOIN FETCH w.hall WHERE w.id IN :ids",
                    ServiceWindow.class)
                .setParameter("ids", List.copyOf(windowIds))
                .getResultList();
    if (chosen.size() != windowIds.size()) {
      throw new NotFoundException("ServiceWindow", windowIds);
    }
    for (ServiceWindow window : chosen) {
      if (!window.isActive() && !before.contains(window.getId())) {
        throw new BusinessException("catalogue.window.inactive", window.getNumber());
      }
    }
    for (ItemWindow assigned : current) {
      if (!windowIds.contains(assigned.getWindow().getId())) {
        em.remove(assigned);
      }
    }
    Set<Long> added = new HashSet<>(windowIds);
    added.removeAll(before);
    for (ServiceWindow window : chosen) {
      if (added.contains(window.getId())) {
        em.persist(new ItemWindow(item, window));
      }
    }
    String summary =
        chosen.isEmpty()
            ? "-"
            : chosen.stream()
                .map(w -> w.getHall().getName() + " " + w.getNumber())
                .sorted()
                .collect(Collectors.joining(", "));
    item.recordWindowsChanged(summary, acting.get(), clock.instant());
    em.flush();
    return item.getVersion();
  }

  /** The active windows of active halls, to choose from. */
  public List<WindowAssignmentRow> windowChoices() {
    return attachments.windowChoices();
  }

  /**
   * For the public guide: the files of the version that governs new cases and the windows handling
   * the item; empty when the item has no such version.
   */
  @PermitAll
  public GuideAttachments published(@NotNull Long itemId) {
    ServiceItem item = Lookups.get(em, ServiceItem.class, itemId);
    return item.findPublished()
        .filter(ItemVersion::isGoverning)
        .map(
            v ->
                new GuideAttachments(
                    v.getNumber(), attachments.rows(v.getId()), attachments.windows(itemId)))
        .orElseGet(() -> new GuideAttachments(null, List.of(), List.of()));
  }

  /**
   * {@link #published(Long)} of the item with this implementation code, for the public guide, which
   * knows items by code; empty for an unknown code.
   */
  @PermitAll
  public GuideAttachments publishedFor(@NotNull String implementationCode) {
    return em.createQuery(
            "SELECT i.id FROM ServiceItem i WHERE i.implementationCode = :code", Long.class)
        .setParameter("code", implementationCode)
        .getResultStream()
        .findFirst()
        .map(this::published)
        .orElseGet(() -> new GuideAttachments(null, List.of(), List.of()));
  }

  private ItemVersion requireDraft(ServiceItem item) {
    ItemVersion draft =
        item.findWorking()
            .orElseThrow(
                () ->
                    new BusinessException(
                        "catalogue.attachment.noDraft", item.getImplementationCode()));
    if (draft.getStatus() != VersionStatus.DRAFT) {
      throw new BusinessException("catalogue.attachment.notDraft", draft.getNumber());
    }
    // A submission racing this upload changes the version row; the forced increment makes one fail.
    em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return draft;
  }

  private boolean mayManage(Department department) {
    return acting.managesAllDepartments()
        || acting.find().map(me -> me.getDepartment().isSameAs(department)).orElse(false);
  }
}
