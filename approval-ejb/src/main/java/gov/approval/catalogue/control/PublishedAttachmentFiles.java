package gov.approval.catalogue.control;

import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.documents.boundary.PublicFiles;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Files of item versions that govern new cases (published, or published and suspended: the guide
 * still shows them) are public: citizens download blank forms and samples without logging in. Files
 * of drafts, versions in review and superseded versions are for staff.
 */
@Dependent
public class PublishedAttachmentFiles implements PublicFiles {

  @PersistenceContext EntityManager em;

  @Override
  public boolean isPublic(Long fileId) {
    return em.createQuery(
                "SELECT COUNT(a) FROM ItemAttachment a WHERE a.file.id = :file"
                    + " AND a.itemVersion.status IN :governing",
                Long.class)
            .setParameter("file", fileId)
            .setParameter("governing", List.of(VersionStatus.PUBLISHED, VersionStatus.SUSPENDED))
            .getSingleResult()
        > 0;
  }
}
