package gov.approval.documents.entity;

/**
 * The file types the platform accepts, each with the media type it is served as and the short name
 * users know it by. A type is recognised from the file's content (see {@code ContentInspector}).
 */
public enum FileType {
  PDF("application/pdf", "PDF", "pdf"),
  DOC("application/msword", "DOC", "doc"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", "docx"),
  XLS("application/vnd.ms-excel", "XLS", "xls"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", "xlsx"),
  /** 版式文档 (GB/T 33190), the Chinese fixed-layout format: a zip with an OFD.xml at its root. */
  OFD("application/ofd", "OFD", "ofd"),
  JPEG("image/jpeg", "JPG", "jpg"),
  PNG("image/png", "PNG", "png");

  private final String mediaType;
  private final String label;
  private final String extension;

  FileType(String mediaType, String label, String extension) {
    this.mediaType = mediaType;
    this.label = label;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** What users call it: PDF, DOCX, JPG... */
  public String label() {
    return label;
  }

  /** The extension a download is offered with, after the detected type, not the uploaded name. */
  public String extension() {
    return extension;
  }
}
