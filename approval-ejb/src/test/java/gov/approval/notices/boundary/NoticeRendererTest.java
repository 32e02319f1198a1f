package gov.approval.notices.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeRendererTest {

  private static final String APPEAL = "申请行政复议";

  private final NoticeRenderer renderer =
      new NoticeRenderer("https://zwfw.weinan.gov.cn/approval/", Optional.empty());

  @ParameterizedTest
  @EnumSource(NoticeKind.class)
  void everyKindShowsTitleHallCaseNumberLinesAndDue(NoticeKind kind) throws IOException {
    String text = textOf(renderer.render(notice(kind, false)));

    assertThat(text)
        .contains(kind.title())
        .contains("渭南市政务服务中心")
        .contains("WN2026-000123")
        .contains("陕西秦味食品有限公司")
        .contains("食品经营许可")
        .contains("经审查，您提交的申请材料不齐全。")
        .contains("食品安全规章制度")
        .contains("缺少法定代表人签字")
        .contains("营业执照副本")
        .contains("请于2026年12月7日前补正")
        .contains("渭南市市场监督管理局")
        .contains("（印章）")
        .contains("2026年11月30日")
        .contains("扫码查询办理进度")
        .contains("查询码：7KQ2XM")
        .doesNotContain(APPEAL);
  }

  @Test
  void theAppealRightsFollowOnlyWhereAsked() throws IOException {
    String denial = textOf(renderer.render(notice(NoticeKind.DENIAL, true)));

    assertThat(denial)
        .contains("申请人如对本决定不服")
        .contains("六十日内")
        .contains("《中华人民共和国行政复议法》")
        .contains(APPEAL)
        .contains("六个月内")
        .contains("《中华人民共和国行政诉讼法》")
        .contains("提起行政诉讼");
    assertThat(textOf(renderer.render(notice(NoticeKind.CORRECTION, true)))).contains("申请人如对本通知不服");
    assertThat(textOf(renderer.render(notice(NoticeKind.DENIAL, false)))).doesNotContain(APPEAL);
  }

  @Test
  void theCorrectionNoticeHeadsItsTableWithMaterialAndRequirement() throws IOException {
    assertThat(textOf(renderer.render(notice(NoticeKind.CORRECTION, false))))
        .contains("需补正的材料")
        .contains("补正内容及要求");
    assertThat(textOf(renderer.render(notice(NoticeKind.GRANT, false)))).doesNotContain("需补正的材料");
  }

  @Test
  void theDeliveryReceiptLeavesRoomForTheReceiversSignature() throws IOException {
    assertThat(textOf(renderer.render(notice(NoticeKind.DELIVERY, false)))).contains("受送达人（签名）");
  }

  @ParameterizedTest
  @EnumSource(
      value = NoticeKind.class,
      names = {"ACCEPTANCE", "CORRECTION", "DENIAL"})
  void theQrCodeOpensTheProgressPageOfTheCase(NoticeKind kind) throws Exception {
    byte[] pdf = renderer.render(notice(kind, true));

    assertThat(qrCodeOf(pdf))
        .isEqualTo(
            "https://zwfw.weinan.gov.cn/approval/progress.xhtml?number=WN2026-000123&code=7KQ2XM")
        .isEqualTo(renderer.progressUrl("WN2026-000123", "7KQ2XM"));
  }

  @Test
  void theProgressUrlEncodesItsParametersAndHasADefaultBase() {
    NoticeRenderer unconfigured = new NoticeRenderer(null, Optional.empty());

    assertThat(unconfigured.progressUrl("WN 2026/1", "a&b"))
        .isEqualTo("http://localhost:8080/approval/progress.xhtml?number=WN+2026%2F1&code=a%26b");
  }

  @Test
  void theFileNameIsTheTitleAndASafeCaseNumber() {
    assertThat(renderer.fileName(notice(NoticeKind.ACCEPTANCE, false)))
        .isEqualTo("受理通知书-WN2026-000123.pdf");
    assertThat(renderer.fileName(notice(NoticeKind.CORRECTION, false)))
        .isEqualTo("补正材料通知书-WN2026-000123.pdf");
    Notice odd =
        new Notice(
            NoticeKind.GRANT,
            "局",
            "大厅",
            "../WN 1/2",
            "c",
            "张三",
            "事项",
            LocalDate.of(2026, 1, 2),
            null,
            null,
            null,
            false);
    assertThat(renderer.fileName(odd)).isEqualTo("准予行政许可决定书-___WN_1_2.pdf");
  }

  @Test
  void aNoticeWithoutRequiredFieldsIsRefusedByName() {
    assertThatThrownBy(() -> withCaseNumber(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("case number");
    assertThatThrownBy(
            () ->
                new Notice(
                    NoticeKind.RECEIPT,
                    "局",
                    "大厅",
                    "WN1",
                    "c",
                    "张三",
                    "事项",
                    null,
                    null,
                    null,
                    null,
                    false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issue date");
    assertThatThrownBy(
            () ->
                new Notice(
                    null,
                    "局",
                    "大厅",
                    "WN1",
                    "c",
                    "张三",
                    "事项",
                    LocalDate.of(2026, 1, 2),
                    null,
                    null,
                    null,
                    false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> new NoticeLine(null, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line label");
  }

  @Test
  void aConfiguredFontThatIsMissingFallsBackToTheStandardFont() throws IOException {
    NoticeRenderer withMissingFont =
        new NoticeRenderer("http://localhost:8080/approval", Optional.of("/no/such/font.ttf"));

    assertThat(textOf(withMissingFont.render(notice(NoticeKind.RECEIPT, false)))).contains("受理回执");
  }

  private static Notice withCaseNumber(String caseNumber) {
    return new Notice(
        NoticeKind.RECEIPT,
        "局",
        "大厅",
        caseNumber,
        "c",
        "张三",
        "事项",
        LocalDate.of(2026, 1, 2),
        null,
        null,
        null,
        false);
  }

  private static Notice notice(NoticeKind kind, boolean appeal) {
    return new Notice(
        kind,
        "渭南市市场监督管理局",
        "渭南市政务服务中心",
        "WN2026-000123",
        "7KQ2XM",
        "陕西秦味食品有限公司",
        "食品经营许可",
        LocalDate.of(2026, 11, 30),
        List.of("经审查，您提交的申请材料不齐全。", "请按下列要求一次性补正全部材料。"),
        List.of(new NoticeLine("食品安全规章制度", "缺少法定代表人签字"), new NoticeLine("营业执照副本", "需加盖公章")),
        "请于2026年12月7日前补正",
        appeal);
  }

  /** The text of the PDF without its line breaks, which fall wherever a line is full. */
  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\R", "");
    }
  }

  private static String qrCodeOf(byte[] pdf) throws IOException, ReaderException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
      BinaryBitmap bitmap =
          new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
      return new QRCodeReader()
          .decode(
              bitmap,
              Map.of(
                  DecodeHintType.TRY_HARDER,
                  Boolean.TRUE,
                  DecodeHintType.POSSIBLE_FORMATS,
                  List.of(BarcodeFormat.QR_CODE)))
          .getText();
    }
  }
}
