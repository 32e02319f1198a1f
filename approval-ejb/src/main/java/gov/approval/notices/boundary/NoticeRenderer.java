package gov.approval.notices.boundary;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import gov.approval.documents.boundary.PdfFonts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints a {@link Notice} as an A4 PDF: the hall and case number in the header, the title, the
 * body, the table, the deadline, the appeal rights where asked, and at the foot a QR code that
 * opens the public progress page beside the signature of the issuing authority. The bytes are what
 * the mail attaches and what applicant and staff download.
 */
@ApplicationScoped
public class NoticeRenderer {

  /** The content type of {@link #render(Notice)}'s bytes. */
  public static final String CONTENT_TYPE = "application/pdf";

  static final String DEFAULT_PUBLIC_URL = "http://localhost:8080/approval";

  private static final String BUNDLE = "gov.approval.notices.boundary.NoticeTexts";
  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
  private static final Set<NoticeKind> DECISIONS =
      EnumSet.of(NoticeKind.GRANT, NoticeKind.DENIAL, NoticeKind.REFUSAL);

  /** Pixels per QR module in the embedded image, so that viewers scale it without blurring. */
  private static final int QR_PIXELS_PER_MODULE = 4;

  private static final float QR_SIZE = 96;

  private final String publicUrl;
  private final Optional<String> cjkFont;

  /** For the CDI proxy only. */
  protected NoticeRenderer() {
    this(DEFAULT_PUBLIC_URL, Optional.empty());
  }

  /**
   * @param publicUrl the public base URL of the application ({@code approval.public-url}), e.g.
   *     {@code https://zwfw.weinan.gov.cn/approval}; a trailing slash is ignored
   * @param cjkFont the CJK font file to embed ({@code approval.pdf.cjk-font}), see {@link PdfFonts}
   */
  @Inject
  public NoticeRenderer(
      @ConfigProperty(name = "approval.public-url", defaultValue = DEFAULT_PUBLIC_URL)
          String publicUrl,
      @ConfigProperty(name = PdfFonts.CJK_FONT_KEY) Optional<String> cjkFont) {
    String base = publicUrl == null || publicUrl.isBlank() ? DEFAULT_PUBLIC_URL : publicUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    this.publicUrl = base;
    this.cjkFont = cjkFont;
  }

  /**
   * The public progress page of a case, opened without login by number and check code: {@code
   * <approval.public-url>/progress.xhtml?number=<caseNumber>&code=<checkCode>} (both URL-encoded).
   * This is what the QR code encodes.
   */
  public String progressUrl(String caseNumber, String checkCode) {
    return publicUrl
        + "/progress.xhtml?number="
        + URLEncoder.encode(Notice.required(caseNumber, "case number"), StandardCharsets.UTF_8)
        + "&code="
        + URLEncoder.encode(Notice.required(checkCode, "check code"), StandardCharsets.UTF_8);
  }

  /**
   * The file name for downloads and mail attachments: {@code <title>-<caseNumber>.pdf}, e.g. {@code
   * 受理通知书-WN2026000123.pdf} ({@code 补正材料通知书} for the correction notice); characters other than
   * letters, digits, '-' and '_' in the case number become '_'.
   */
  public String fileName(Notice notice) {
    StringBuilder number = new StringBuilder();
    notice
        .caseNumber()
        .codePoints()
        .forEach(
            c ->
                number.appendCodePoint(
                    Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_'));
    return notice.kind().shortTitle() + "-" + number + ".pdf";
  }

  /** The notice as a PDF of one or more A4 pages. */
  public byte[] render(Notice notice) {
    BaseFont font = PdfFonts.cjk(cjkFont);
    Font title = new Font(font, 18, Font.BOLD);
    Font body = new Font(font, 12);
    Font bold = new Font(font, 12, Font.BOLD);
    Font small = new Font(font, 9);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(notice.kind().title() + " " + notice.caseNumber());
      document.addAuthor(notice.issuingAuthority());
      document.addCreator(notice.hallName());
      document.open();

      document.add(header(notice, small));

      Paragraph heading = new Paragraph(notice.kind().title(), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingBefore(14);
      heading.setSpacingAfter(14);
      document.add(heading);

      document.add(new Paragraph(text("salutation", notice.applicantName()), body));
      document.add(indented(text("item", notice.itemName()), body));
      for (String paragraph : notice.paragraphs()) {
        document.add(indented(paragraph, body));
      }
      if (!notice.lines().isEmpty()) {
        document.add(table(notice, body, bold));
      }
      if (notice.dueText() != null) {
        Paragraph due = indented(notice.dueText(), bold);
        due.setSpacingBefore(6);
        document.add(due);
      }
      if (notice.withAppealRights()) {
        String what = text(DECISIONS.contains(notice.kind()) ? "appeal.decision" : "appeal.notice");
        document.add(indented(text("appeal", what), body));
      }
      document.add(foot(notice, body, small));
      if (notice.kind() == NoticeKind.DELIVERY) {
        Paragraph receiver = new Paragraph(text("delivery.signature"), body);
        receiver.setSpacingBefore(18);
        document.add(receiver);
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("The notice " + fileName(notice) + " could not be built", e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
    return out.toByteArray();
  }

  private PdfPTable header(Notice notice, Font small) {
    PdfPTable header = new PdfPTable(2);
    header.setWidthPercentage(100);
    PdfPCell hall = borderless(new Phrase(notice.hallName(), small));
    PdfPCell number = borderless(new Phrase(text("header.number", notice.caseNumber()), small));
    number.setHorizontalAlignment(Element.ALIGN_RIGHT);
    number.setBorder(Rectangle.BOTTOM);
    hall.setBorder(Rectangle.BOTTOM);
    hall.setPaddingBottom(4);
    number.setPaddingBottom(4);
    header.addCell(hall);
    header.addCell(number);
    return header;
  }

  private PdfPTable table(Notice notice, Font body, Font bold) {
    PdfPTable table = new PdfPTable(new float[] {2f, 3f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    table.setSpacingAfter(4);
    String heads = "table." + notice.kind().name();
    ResourceBundle bundle = bundle();
    if (bundle.containsKey(heads + ".label")) {
      table.setHeaderRows(1);
      for (String key : new String[] {heads + ".label", heads + ".value"}) {
        PdfPCell cell = new PdfPCell(new Phrase(bundle.getString(key), bold));
        cell.setGrayFill(0.9f);
        cell.setPadding(5);
        table.addCell(cell);
      }
    }
    for (NoticeLine line : notice.lines()) {
      PdfPCell label = new PdfPCell(new Phrase(line.label(), body));
      PdfPCell value = new PdfPCell(new Phrase(line.value(), body));
      label.setPadding(5);
      value.setPadding(5);
      table.addCell(label);
      table.addCell(value);
    }
    return table;
  }

  private PdfPTable foot(Notice notice, Font body, Font small) throws DocumentException {
    PdfPTable foot = new PdfPTable(new float[] {1f, 2f});
    foot.setWidthPercentage(100);
    foot.setSpacingBefore(28);
    foot.setKeepTogether(true);

    PdfPCell qr = borderless(null);
    Image code = qrCode(progressUrl(notice.caseNumber(), notice.checkCode()));
    code.scaleAbsolute(QR_SIZE, QR_SIZE);
    qr.addElement(code);
    qr.addElement(new Paragraph(text("qr.caption"), small));
    qr.addElement(new Paragraph(text("qr.code", notice.checkCode()), small));
    foot.addCell(qr);

    PdfPCell signature = borderless(null);
    signature.setVerticalAlignment(Element.ALIGN_BOTTOM);
    for (String line :
        new String[] {
          notice.issuingAuthority(), text("seal"), CHINESE_DATE.format(notice.issuedOn())
        }) {
      Paragraph p = new Paragraph(line, body);
      p.setAlignment(Element.ALIGN_RIGHT);
      p.setSpacingAfter(4);
      signature.addElement(p);
    }
    foot.addCell(signature);
    return foot;
  }

  /**
   * The QR code as a 1-bit image with ZXing's quiet zone, {@value #QR_PIXELS_PER_MODULE} pixels per
   * module. Error correction M: the code survives a stamp or a fold over part of it.
   */
  private static Image qrCode(String content) throws DocumentException {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      StandardCharsets.UTF_8.name(),
                      EncodeHintType.MARGIN,
                      4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("No QR code fits " + content, e);
    }
    int size = matrix.getWidth() * QR_PIXELS_PER_MODULE;
    int rowBytes = (size + 7) / 8;
    byte[] data = new byte[rowBytes * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        // DeviceGray, 1 bit: 1 is white, 0 is black.
        if (!matrix.get(x / QR_PIXELS_PER_MODULE, y / QR_PIXELS_PER_MODULE)) {
          data[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
        }
      }
    }
    return Image.getInstance(size, size, 1, 1, data);
  }

  private static PdfPCell borderless(Phrase phrase) {
    PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }

  private static Paragraph indented(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setFirstLineIndent(2 * font.getSize());
    p.setLeading(font.getSize() * 1.6f);
    p.setSpacingBefore(4);
    return p;
  }

  private static ResourceBundle bundle() {
    return ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
  }

  private static String text(String key, Object... arguments) {
    String pattern = bundle().getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(arguments);
  }
}
