package gov.approval.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.PublicGuide;
import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.entity.RegionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ChecklistPdfTest {

  @Test
  void theChecklistHoldsTheItemItsMaterialsAndLimitsInChinese() throws IOException {
    String text = textOf(new ChecklistPdf(Optional.empty(), Locale.SIMPLIFIED_CHINESE));

    assertThat(text)
        .contains("一次性告知清单")
        .contains("食品经营许可")
        .contains("食品经营许可申请表")
        .contains("可容缺")
        .contains("承诺 10 个工作日（法定 20 个工作日）")
        .contains("0913-2933123");
  }

  @Test
  void aConfiguredFontThatIsMissingFallsBackToTheStandardFont() throws IOException {
    String text =
        textOf(new ChecklistPdf(Optional.of("/no/such/font.ttf"), Locale.SIMPLIFIED_CHINESE));

    assertThat(text).contains("食品经营许可申请表");
  }

  private static String textOf(ChecklistPdf pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.write(guide(), LocalDate.of(2026, 3, 1), out);
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static PublicGuide guide() {
    return new PublicGuide(
        "01230010006105003SYJ",
        "0123001000",
        "食品经营许可",
        ItemType.LICENSING,
        "SYJ",
        "渭南市食品药品监督管理局",
        RegionLevel.CITY,
        VersionStatus.PUBLISHED,
        null,
        null,
        1,
        Instant.parse("2026-01-05T02:00:00Z"),
        List.of(new ItemListRow(1L, "APPROVAL", "行政审批事项清单", "Approval items", true)),
        Set.of(ServiceObject.ENTERPRISE),
        "具有与经营的食品品种、数量相适应的场所。",
        List.of(new PublicGuide.Basis("《中华人民共和国食品安全法》", "第三十五条", null)),
        List.of(
            new PublicGuide.Material(
                1,
                "食品经营许可申请表",
                MaterialForm.ORIGINAL,
                1,
                MaterialNecessity.MANDATORY,
                "申请人自备",
                null),
            new PublicGuide.Material(
                2,
                "食品安全规章制度",
                MaterialForm.COPY,
                1,
                MaterialNecessity.DEFERRABLE,
                "申请人自备",
                "承诺办结时限内补交")),
        List.of(new PublicGuide.Step(1, "受理", "窗口人员", 1, null, null)),
        CaseKind.PROMISED,
        20,
        10,
        false,
        List.of(),
        OnlineLevel.PARTIAL,
        OnlineDepth.III,
        1,
        null,
        Set.of(DeliveryMode.WINDOW),
        "食品经营许可证",
        "证照",
        "0913-2933123",
        "0913-2936123",
        List.of());
  }
}
