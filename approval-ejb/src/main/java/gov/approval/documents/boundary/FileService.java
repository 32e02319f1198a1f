package gov.approval.documents.boundary;

import gov.approval.documents.control.ContentInspector;
import gov.approval.documents.entity.FilePurpose;
import gov.approval.documents.entity.FileType;
import gov.approval.documents.entity.StoredFile;
import gov.approval.documents.entity.StoredFileContent;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The file store: checks and keeps uploads, and hands files out to whoever may read them. Features
 * store a file here and keep its id on their own rows; downloads go by the generated storage name.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.CITIZEN})
public class FileService {

  /** 10 MB unless configured otherwise. */
  public static final String MAX_BYTES_KEY = "approval.upload.max-bytes";

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = MAX_BYTES_KEY, defaultValue = "10485760")
  long maxBytes;

  @Inject @Any Instance<PublicFiles> publicFiles;

  @Inject @Any Instance<GuardedFiles> guardedFiles;

  /**
   * Checks the upload against the policy of {@code purpose} and the size limit and stores it;
   * refused with a message naming what the file really is and what is allowed.
   */
  public StoredFileRow store(@NotNull FilePurpose purpose, @NotNull @Valid Upload upload) {
    ContentInspector.CheckedFile checked =
        ContentInspector.check(purpose, upload.content(), maxBytes);
    StoredFile file =
        new StoredFile(
            purpose,
            upload.fileName(),
            checked.type(),
            checked.size(),
            checked.sha256(),
            session.getCallerPrincipal().getName(),
            clock.instant());
    em.persist(file);
    em.persist(new StoredFileContent(file, upload.content()));
    em.flush();
    return row(file);
  }

  /** Checks an upload without storing it (e.g. a workbook that is only read). */
  @PermitAll
  public FileType check(@NotNull FilePurpose purpose, byte[] content) {
    return ContentInspector.check(purpose, content, maxBytes).type();
  }

  /** The size limit of uploads in bytes, for the upload widgets. */
  @PermitAll
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The file under {@code storageName}, if the caller may read it: anyone when a feature publishes
   * it ({@link PublicFiles}), else staff only; a feature that owns the file ({@link GuardedFiles})
   * decides alone. Unknown names are not found; others are refused.
   */
  @PermitAll
  public FileDownload download(@NotNull String storageName) {
    StoredFile file =
        em.createNamedQuery("StoredFile.findByStorageName", StoredFile.class)
            .setParameter("name", storageName)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("StoredFile", storageName));
    Optional<Boolean> guarded = guarded(file.getId());
    if (guarded.isPresent()) {
      if (!guarded.get()) {
        throw new AccessDeniedException("documents.file.notYours");
      }
    } else if (!session.isCallerInRole(Roles.STAFF) && !isPublic(file.getId())) {
      throw new AccessDeniedException("documents.file.notPublic");
    }
    StoredFileContent content = em.find(StoredFileContent.class, file.getId());
    FileType type =
        Arrays.stream(FileType.values())
            .filter(t -> t.mediaType().equals(file.getMediaType()))
            .findFirst()
            .orElse(FileType.PDF);
    return new FileDownload(
        file.getStorageName(),
        file.getOriginalName(),
        file.getMediaType(),
        type.extension(),
        content.getContent());
  }

  private Optional<Boolean> guarded(Long fileId) {
    for (GuardedFiles guard : guardedFiles) {
      Optional<Boolean> decision = guard.mayRead(fileId);
      if (decision.isPresent()) {
        return decision;
      }
    }
    return Optional.empty();
  }

  private boolean isPublic(Long fileId) {
    for (PublicFiles source : publicFiles) {
      if (source.isPublic(fileId)) {
        return true;
      }
    }
    return false;
  }

  public static StoredFileRow row(StoredFile f) {
    return new StoredFileRow(
        f.getId(),
        f.getStorageName(),
        f.getOriginalName(),
        f.getMediaType(),
        f.getSizeBytes(),
        f.getSha256(),
        f.getPurpose(),
        f.getCreatedBy(),
        f.getCreatedAt());
  }
}
