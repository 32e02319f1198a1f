package gov.approval.documents.boundary;

import java.util.Optional;

/**
 * Implemented by a feature whose files belong to someone (the cases feature: materials and
 * notices): for a file it owns it decides alone whether the caller may read it; for other files it
 * answers empty and the general rule applies. Implementations are CDI beans called inside the
 * download's transaction.
 */
public interface GuardedFiles {

  /** Empty when the file is not this feature's; otherwise whether the caller may read it. */
  Optional<Boolean> mayRead(Long fileId);
}
