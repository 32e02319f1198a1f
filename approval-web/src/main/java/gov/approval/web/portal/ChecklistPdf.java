package gov.approval.web.portal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import gov.approval.catalogue.boundary.PublicGuide;
import gov.approval.documents.boundary.PdfFonts;
import gov.approval.web.i18n.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one-time checklist of materials (一次性告知清单) of an item as a printable PDF (OpenPDF): what to
 * bring, in which form and how many copies, which may follow later under 容缺, the limits, fees and
 * phones, so an applicant comes once.
 *
 * <p>Chinese text needs a CJK font: {@link PdfFonts} chooses it, as for every PDF of the platform
 * (STSong-Light supplied by the reader, or a font embedded from {@code approval.pdf.cjk-font}).
 */
public final class ChecklistPdf {

  private final BaseFont font;
  private final Locale locale;

  /** {@code fontFile}: a CJK TTF, OTF or TTC (first face) to embed, or empty for STSong-Light. */
  public ChecklistPdf(Optional<String> fontFile, Locale locale) {
    this.font = PdfFonts.cjk(fontFile);
    this.locale = locale;
  }

  /** Writes the checklist of {@code guide}, printed on {@code today}, to {@code out}. */
  public void write(PublicGuide guide, LocalDate today, OutputStream out) throws IOException {
    Font title = new Font(font, 16, Font.BOLD);
    Font heading = new Font(font, 12, Font.BOLD);
    Font body = new Font(font, 10);
    Font small = new Font(font, 8);
    Document document = new Document(PageSize.A4, 42, 42, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(text("pdf_checklist.title") + " " + guide.name());
      document.addCreator(text("app.portalTitle"));
      document.open();

      Paragraph header = new Paragraph(text("pdf_checklist.title"), title);
      header.setAlignment(Element.ALIGN_CENTER);
      document.add(header);
      Paragraph name = new Paragraph(guide.name(), heading);
      name.setAlignment(Element.ALIGN_CENTER);
      name.setSpacingAfter(10);
      document.add(name);

      document.add(line(body, "pdf_checklist.code", guide.implementationCode()));
      document.add(line(body, "pdf_checklist.department", guide.departmentName()));
      document.add(line(body, "pdf_checklist.limit", limit(guide)));
      document.add(line(body, "pdf_checklist.visits", String.valueOf(guide.onSiteVisits())));
      document.add(line(body, "pdf_checklist.fees", fees(guide)));
      if (guide.conditions() != null && !guide.conditions().isBlank()) {
        document.add(line(body, "pdf_checklist.conditions", guide.conditions()));
      }

      Paragraph materials = new Paragraph(text("pdf_checklist.materials"), heading);
      materials.setSpacingBefore(10);
      materials.setSpacingAfter(6);
      document.add(materials);
      PdfPTable table = new PdfPTable(new float[] {0.5f, 4f, 1.2f, 0.8f, 1.2f, 2.3f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String key :
          new String[] {
            "portal_item.number",
            "portal_item.materialName",
            "portal_item.materialForm",
            "portal_item.copies",
            "portal_item.necessity",
            "portal_item.notes"
          }) {
        PdfPCell cell = new PdfPCell(new Phrase(text(key), heading));
        cell.setGrayFill(0.9f);
        table.addCell(cell);
      }
      for (PublicGuide.Material m : guide.materials()) {
        table.addCell(new Phrase(String.valueOf(m.number()), body));
        table.addCell(new Phrase(m.name(), body));
        table.addCell(new Phrase(m.form() == null ? "" : text("MaterialForm." + m.form()), body));
        table.addCell(new Phrase(String.valueOf(m.copies()), body));
        table.addCell(new Phrase(text("MaterialNecessity." + m.necessity()), body));
        table.addCell(new Phrase(notes(m), body));
      }
      document.add(table);

      Paragraph contact = new Paragraph(text("pdf_checklist.contact"), heading);
      contact.setSpacingBefore(10);
      document.add(contact);
      document.add(
          line(body, "portal_item.consultationPhone", nullToEmpty(guide.consultationPhone())));
      document.add(line(body, "portal_item.complaintPhone", nullToEmpty(guide.complaintPhone())));

      Paragraph footer =
          new Paragraph(
              text("pdf_checklist.footer", today.toString(), guide.versionNumber()), small);
      footer.setSpacingBefore(14);
      document.add(footer);
    } catch (DocumentException e) {
      throw new IOException("the checklist could not be written", e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
  }

  private Paragraph line(Font body, String labelKey, String value) {
    Paragraph p = new Paragraph(text(labelKey) + "：" + value, body);
    p.setSpacingAfter(2);
    return p;
  }

  private String limit(PublicGuide guide) {
    if (guide.immediate()) {
      return text("portal_item.immediate");
    }
    String promised = text("portal_item.days", guide.promisedLimitDays());
    return guide.statutoryLimitDays() == null
        ? promised
        : text(
            "pdf_checklist.limits", promised, text("portal_item.days", guide.statutoryLimitDays()));
  }

  private String fees(PublicGuide guide) {
    if (!guide.charged()) {
      return text("portal_item.free");
    }
    StringBuilder fees = new StringBuilder();
    for (PublicGuide.Fee fee : guide.fees()) {
      if (!fees.isEmpty()) {
        fees.append("；");
      }
      fees.append(fee.name()).append(" ").append(nullToEmpty(fee.standard()));
    }
    return fees.toString();
  }

  private static String notes(PublicGuide.Material m) {
    String source = m.source() == null ? "" : m.source();
    String notes = m.notes() == null ? "" : m.notes();
    return source.isEmpty() || notes.isEmpty() ? source + notes : source + "；" + notes;
  }

  /**
   * A text of the pages' bundle in the checklist's language. Read here rather than through {@link
   * Texts}, which also sets up Bean Validation's interpolation that the PDF does not need.
   */
  private String text(String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(Texts.BUNDLE, locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
