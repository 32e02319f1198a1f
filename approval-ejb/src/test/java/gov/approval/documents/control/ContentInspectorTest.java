package gov.approval.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.documents.entity.FilePurpose;
import gov.approval.documents.entity.FileType;
import gov.approval.platform.boundary.BusinessException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The content policy: types come from the bytes, each purpose allows its own, size is capped. */
class ContentInspectorTest {

  private static final long TEN_MB = 10L * 1024 * 1024;

  @Test
  void recognisesEveryAcceptedTypeFromItsBytes() {
    assertThat(ContentInspector.inspect(SampleFiles.pdf()).type()).isEqualTo(FileType.PDF);
    assertThat(ContentInspector.inspect(SampleFiles.png()).type()).isEqualTo(FileType.PNG);
    assertThat(ContentInspector.inspect(SampleFiles.jpeg()).type()).isEqualTo(FileType.JPEG);
    assertThat(ContentInspector.inspect(SampleFiles.xlsx()).type()).isEqualTo(FileType.XLSX);
    assertThat(ContentInspector.inspect(SampleFiles.xls()).type()).isEqualTo(FileType.XLS);
    assertThat(ContentInspector.inspect(SampleFiles.docx()).type()).isEqualTo(FileType.DOCX);
    assertThat(ContentInspector.inspect(SampleFiles.doc()).type()).isEqualTo(FileType.DOC);
    assertThat(ContentInspector.inspect(SampleFiles.ofd()).type()).isEqualTo(FileType.OFD);
  }

  @Test
  void aRealPdfIsAcceptedAsABlankFormWithItsSizeAndHash() {
    byte[] pdf = SampleFiles.pdf();

    ContentInspector.CheckedFile checked =
        ContentInspector.check(FilePurpose.BLANK_FORM, pdf, TEN_MB);

    assertThat(checked.type()).isEqualTo(FileType.PDF);
    assertThat(checked.size()).isEqualTo(pdf.length);
    assertThat(checked.sha256()).hasSize(64).isEqualTo(ContentInspector.sha256(pdf));
  }

  @Test
  void aPngRenamedToPdfIsStillAPngAndNoBlankForm() {
    // The name "申请表.pdf" plays no part: the check sees only the bytes.
    byte[] png = SampleFiles.png();

    assertThatThrownBy(() -> ContentInspector.check(FilePurpose.BLANK_FORM, png, TEN_MB))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("documents.file.typeNotAllowed");
              assertThat(e.getArguments()).containsExactly("PNG", "PDF、DOC、DOCX、XLS、XLSX、OFD");
            });
    assertThat(ContentInspector.check(FilePurpose.SAMPLE, png, TEN_MB).type())
        .isEqualTo(FileType.PNG);
  }

  @Test
  void textPretendingToBeAPdfAndAPlainZipAreRefused() {
    byte[] text = "这不是PDF文件".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ContentInspector.check(FilePurpose.SAMPLE, text, TEN_MB))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getArguments().get(0)).asString().startsWith("text/plain"));
    assertThatThrownBy(
            () -> ContentInspector.check(FilePurpose.BLANK_FORM, SampleFiles.plainZip(), TEN_MB))
        .isInstanceOf(BusinessException.class)
        .hasMessage("documents.file.typeNotAllowed");
  }

  @Test
  void onlyAnXlsxIsASpreadsheetToImport() {
    assertThat(ContentInspector.check(FilePurpose.SPREADSHEET, SampleFiles.xlsx(), TEN_MB).type())
        .isEqualTo(FileType.XLSX);
    assertThatThrownBy(
            () -> ContentInspector.check(FilePurpose.SPREADSHEET, SampleFiles.xls(), TEN_MB))
        .isInstanceOf(BusinessException.class)
        .hasMessage("documents.file.typeNotAllowed");
  }

  @Test
  void anOversizeFileIsRefusedWithItsSizeAndTheLimit() {
    byte[] pdf = SampleFiles.pdf();

    assertThatThrownBy(() -> ContentInspector.check(FilePurpose.BLANK_FORM, pdf, pdf.length - 1))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("documents.file.tooLarge");
              assertThat(e.getArguments()).hasSize(2);
            });
    assertThat(ContentInspector.check(FilePurpose.BLANK_FORM, pdf, pdf.length).size())
        .isEqualTo(pdf.length);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> ContentInspector.check(FilePurpose.SAMPLE, new byte[0], TEN_MB))
        .isInstanceOf(BusinessException.class)
        .hasMessage("documents.file.empty");
  }

  @Test
  void sizesReadAsUsersExpect() {
    assertThat(ContentInspector.sizeText(512)).isEqualTo("512 B");
    assertThat(ContentInspector.sizeText(10L * 1024 * 1024)).isEqualTo("10.0 MB");
  }
}
