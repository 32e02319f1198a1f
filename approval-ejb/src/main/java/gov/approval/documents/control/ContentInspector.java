package gov.approval.documents.control;

import gov.approval.documents.entity.FilePurpose;
import gov.approval.documents.entity.FileType;
import gov.approval.platform.boundary.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Finds out what a file is from its bytes and holds it to the policy of its purpose. Tika's magic
 * numbers tell PDF, PNG and JPEG apart and recognise the two containers office files come in; the
 * container is then opened to tell which office file it is: an OOXML zip by the main part declared
 * in {@code [Content_Types].xml} (DOCX, XLSX), an OFD zip by its {@code OFD.xml}, an OLE2 file by
 * its streams (DOC, XLS). The uploaded name plays no part: a PNG called {@code form.pdf} is a PNG.
 */
public final class ContentInspector {

  /** What was found: a type the platform knows, or none, with what Tika called it. */
  public record Inspection(FileType type, String detectedMediaType) {

    /** What to tell a user the file is: the type's short name, or the detected media type. */
    public String description() {
      return type != null ? type.label() : detectedMediaType;
    }
  }

  /** A file that passed: its type, size and SHA-256 (hex). */
  public record CheckedFile(FileType type, long size, String sha256) {}

  private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** The content types part is small; more than this is not an office file we want to read. */
  private static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;

  private ContentInspector() {}

  /**
   * Checks {@code content} for {@code purpose}: not empty, at most {@code maxBytes}, of an allowed
   * type; refused with a {@link BusinessException} saying what is wrong.
   */
  public static CheckedFile check(FilePurpose purpose, byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      throw new BusinessException("documents.file.empty");
    }
    if (content.length > maxBytes) {
      throw new BusinessException(
          "documents.file.tooLarge", sizeText(content.length), sizeText(maxBytes));
    }
    Inspection inspection = inspect(content);
    if (!purpose.allows(inspection.type())) {
      throw new BusinessException(
          "documents.file.typeNotAllowed", inspection.description(), purpose.allowedLabels());
    }
    return new CheckedFile(inspection.type(), content.length, sha256(content));
  }

  /** What the bytes are. */
  public static Inspection inspect(byte[] content) {
    String detected = detect(content);
    FileType type =
        switch (detected) {
          case "application/pdf" -> FileType.PDF;
          case "image/png" -> FileType.PNG;
          case "image/jpeg" -> FileType.JPEG;
          default -> {
            if (startsWith(content, ZIP)) {
              yield zipType(content);
            }
            if (startsWith(content, OLE2)) {
              yield ole2Type(content);
            }
            yield null;
          }
        };
    return new Inspection(type, type != null ? type.mediaType() : detected);
  }

  /** A size as users read it: bytes, KB or MB. */
  public static String sizeText(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String detect(byte[] content) {
    try (InputStream in = TikaInputStream.get(content)) {
      MediaType type = DETECTOR.detect(in, new Metadata());
      return type.getBaseType().toString();
    } catch (IOException e) {
      return MediaType.OCTET_STREAM.toString();
    }
  }

  /**
   * DOCX or XLSX by the main part OOXML declares; OFD by its root document; else none. The zip is
   * read by its central directory, which also covers the Zip64 data descriptors streaming writers
   * (POI's SXSSF among them) produce and {@code java.util.zip.ZipInputStream} cannot read.
   */
  private static FileType zipType(byte[] content) {
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      ZipArchiveEntry contentTypes = zip.getEntry("[Content_Types].xml");
      if (contentTypes != null) {
        String types;
        try (InputStream in = zip.getInputStream(contentTypes)) {
          types = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
        }
        if (types.contains("spreadsheetml.sheet.main+xml")) {
          return FileType.XLSX;
        }
        if (types.contains("wordprocessingml.document.main+xml")) {
          return FileType.DOCX;
        }
        return null;
      }
      return zip.getEntry("OFD.xml") != null ? FileType.OFD : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** DOC or XLS by the streams of the OLE2 file; an encrypted or other OLE2 file is neither. */
  private static FileType ole2Type(byte[] content) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("WordDocument")) {
        return FileType.DOC;
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return FileType.XLS;
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
