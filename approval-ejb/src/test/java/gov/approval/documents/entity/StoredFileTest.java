package gov.approval.documents.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The uploaded name is metadata only: no folders, no control characters; storage is a UUID. */
class StoredFileTest {

  @Test
  void theUploadedNameLosesFoldersAndControlCharacters() {
    assertThat(StoredFile.safeName("C:\\Users\\张三\\申请表.pdf", FileType.PDF)).isEqualTo("申请表.pdf");
    assertThat(StoredFile.safeName("../../etc/passwd", FileType.PDF)).isEqualTo("passwd");
    assertThat(StoredFile.safeName("a\"b\r\n.pdf", FileType.PDF)).isEqualTo("ab.pdf");
    assertThat(StoredFile.safeName("  ", FileType.PNG)).isEqualTo("file.png");
    assertThat(StoredFile.safeName(null, FileType.OFD)).isEqualTo("file.ofd");
  }

  @Test
  void theStorageNameIsGeneratedNotTheUploadedOne() {
    StoredFile file =
        new StoredFile(
            FilePurpose.SAMPLE,
            "样本.png",
            FileType.PNG,
            10,
            "0".repeat(64),
            "fgw.head",
            Instant.now());

    assertThat(file.getStorageName()).matches("[0-9a-f-]{36}").doesNotContain("样本");
    assertThat(file.getMediaType()).isEqualTo("image/png");
  }
}
