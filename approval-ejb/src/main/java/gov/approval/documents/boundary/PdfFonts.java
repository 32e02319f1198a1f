package gov.approval.documents.boundary;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one choice of a Chinese font for every PDF the platform writes (checklists, official
 * notices), set by {@code approval.pdf.cjk-font}.
 *
 * <p>OpenPDF bundles no CJK font, but it knows Adobe's standard CJK font STSong-Light with the
 * UniGB-UCS2-H encoding: it is not embedded, and every conforming PDF reader supplies it (Acrobat's
 * Asian font pack, or the system's CJK font as substitute). That is the default, so PDFs work on
 * every server. A server that has a CJK TrueType or OpenType font (e.g. Noto Sans CJK) may name it
 * to embed it instead; a named file that is missing or unusable is logged and falls back to
 * STSong-Light rather than failing the document.
 */
public final class PdfFonts {

  /** The MicroProfile Config key naming the font file. */
  public static final String CJK_FONT_KEY = "approval.pdf.cjk-font";

  private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

  private PdfFonts() {}

  /**
   * The CJK font: {@code fontFile} (a TTF, OTF or TTC, of which the first face) embedded, or
   * STSong-Light when it is empty, blank or unusable. OpenPDF caches fonts, so calling this per
   * document is cheap.
   */
  public static BaseFont cjk(Optional<String> fontFile) {
    Optional<String> file = fontFile.filter(f -> !f.isBlank()).map(String::strip);
    if (file.isPresent()) {
      String path = file.get();
      if (Files.isReadable(Path.of(path))) {
        try {
          String face = path.toLowerCase(Locale.ROOT).endsWith(".ttc") ? path + ",0" : path;
          return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | IOException e) {
          LOG.log(
              Level.WARNING,
              "CJK font {0} unusable, using STSong-Light: {1}",
              new Object[] {path, e});
        }
      } else {
        LOG.log(Level.WARNING, "CJK font {0} not readable, using STSong-Light", path);
      }
    }
    try {
      return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("OpenPDF's STSong-Light is missing", e);
    }
  }
}
