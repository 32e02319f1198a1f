package gov.approval.it.notices;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Deployments;
import gov.approval.notices.boundary.Notice;
import gov.approval.notices.boundary.NoticeKind;
import gov.approval.notices.boundary.NoticeLine;
import gov.approval.notices.boundary.NoticeRenderer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notice renderer in the real server: injected with its configuration, it finds OpenPDF, the
 * CJK font and ZXing in the EAR's lib/ and prints a notice. What the PDF says is the unit test's
 * business ({@code NoticeRendererTest}).
 */
@ExtendWith(ArquillianExtension.class)
class NoticeRendererIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(NoticeRendererIT.class);
  }

  @Inject NoticeRenderer renderer;

  @Test
  void theRendererPrintsANoticeWithTheConfiguredProgressAddress() {
    Notice notice =
        new Notice(
            NoticeKind.ACCEPTANCE,
            "渭南市市场监督管理局",
            "渭南市政务服务中心",
            "WN2026-IT0001",
            "CODE42",
            "张三",
            "食品经营许可",
            LocalDate.of(2026, 11, 30),
            List.of("您的申请材料齐全，符合法定形式，决定予以受理。"),
            List.of(new NoticeLine("承诺办结时限", "10个工作日")),
            null,
            false);

    byte[] pdf = renderer.render(notice);

    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(2_000);
    assertThat(renderer.fileName(notice)).isEqualTo("受理通知书-WN2026-IT0001.pdf");
    assertThat(renderer.progressUrl("WN2026-IT0001", "CODE42"))
        .isEqualTo(
            "http://localhost:8080/approval/progress.xhtml?number=WN2026-IT0001&code=CODE42");
  }
}
