package gov.approval.documents.boundary;

/**
 * Implemented by a feature that publishes files (the catalogue: files of published item versions):
 * it says which stored files anyone may download without logging in. Every other file needs a staff
 * login. Implementations are CDI beans called inside the download's transaction.
 */
public interface PublicFiles {

  /** Whether the file with this id is public through the implementing feature. */
  boolean isPublic(Long fileId);
}
