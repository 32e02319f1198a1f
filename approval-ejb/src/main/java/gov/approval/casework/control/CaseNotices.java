package gov.approval.casework.control;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseEvent;
import gov.approval.casework.entity.CaseMaterial;
import gov.approval.casework.entity.CaseSuspension;
import gov.approval.casework.entity.Decision;
import gov.approval.casework.entity.MaterialState;
import gov.approval.documents.entity.FilePurpose;
import gov.approval.documents.entity.FileType;
import gov.approval.documents.entity.StoredFile;
import gov.approval.documents.entity.StoredFileContent;
import gov.approval.notices.boundary.Notice;
import gov.approval.notices.boundary.NoticeKind;
import gov.approval.notices.boundary.NoticeLine;
import gov.approval.notices.boundary.NoticeRenderer;
import gov.approval.organisation.entity.ApprovalSection;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The official notice each transition issues (receipt, acceptance, one-time correction notice, 容缺
 * acceptance, refusal, decision, extension, special procedure, withdrawal, delivery), rendered as
 * PDF, stored with the case and linked to its timeline row. The wording follows the Administrative
 * Licensing Law's articles; notices are legal documents of the city and are issued in Chinese.
 */
@Dependent
public class CaseNotices {

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final String LAW = "《中华人民共和国行政许可法》";

  @PersistenceContext EntityManager em;

  @Inject NoticeRenderer renderer;

  /** A notice as issued: its stored file and the bytes to attach to the mail. */
  public record Issued(StoredFile file, String fileName, byte[] content) {}

  /** Issues the notice of {@code event}, if its action has one, and links it to the event. */
  public Optional<Issued> issue(ApprovalCase c, CaseEvent event) {
    Optional<Notice> notice = notice(c, event);
    if (notice.isEmpty()) {
      return Optional.empty();
    }
    byte[] pdf = renderer.render(notice.get());
    String name = renderer.fileName(notice.get());
    StoredFile file =
        new StoredFile(
            FilePurpose.NOTICE,
            name,
            FileType.PDF,
            pdf.length,
            sha256(pdf),
            event.getActor(),
            event.getOccurredAt());
    em.persist(file);
    em.persist(new StoredFileContent(file, pdf));
    event.attachNotice(file);
    return Optional.of(new Issued(file, name, pdf));
  }

  Optional<Notice> notice(ApprovalCase c, CaseEvent event) {
    LocalDate on = event.getOccurredAt().atZone(CITY).toLocalDate();
    String item = "“" + c.getItemName() + "”";
    String received = c.getReceivedOn() == null ? "" : DAY.format(c.getReceivedOn());
    List<String> paragraphs = new ArrayList<>();
    List<NoticeLine> lines = new ArrayList<>();
    String due = null;
    boolean appeal = false;
    NoticeKind kind;
    switch (event.getAction()) {
      case SUBMITTED, REGISTERED_AT_WINDOW -> {
        kind = NoticeKind.RECEIPT;
        paragraphs.add(
            "你（单位）于"
                + received
                + "提交的"
                + item
                + "申请材料已收到。本机关将自收到申请材料之日起5个工作日内进行审查，"
                + "依法作出受理、不予受理或者一次性告知补正的决定，逾期未告知的，自收到申请材料之日起即为受理。");
        for (CaseMaterial m : c.getMaterials()) {
          lines.add(new NoticeLine(m.getName(), m.isPresent() ? "已提交" : "未提交"));
        }
      }
      case ACCEPTED -> {
        kind = NoticeKind.ACCEPTANCE;
        paragraphs.add("你（单位）提出的" + item + "申请，申请材料齐全、符合法定形式。根据" + LAW + "第三十二条的规定，本机关决定予以受理。");
        acceptanceLines(c, lines);
      }
      case DEEMED_ACCEPTED -> {
        kind = NoticeKind.ACCEPTANCE;
        paragraphs.add(
            "你（单位）于"
                + received
                + "提交的"
                + item
                + "申请，本机关未在收到申请材料之日起5个工作日内一次性告知需要补正的全部内容。"
                + "根据"
                + LAW
                + "第三十二条第一款第（四）项的规定，自收到申请材料之日起即为受理。");
        acceptanceLines(c, lines);
      }
      case CORRECTION_REQUESTED -> {
        kind = NoticeKind.CORRECTION;
        paragraphs.add(
            "你（单位）提出的"
                + item
                + "申请，经审查，申请材料不齐全或者不符合法定形式。根据"
                + LAW
                + "第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容如下：");
        for (CaseMaterial m : c.getMaterials()) {
          if (m.getState() == MaterialState.TO_CORRECT) {
            lines.add(new NoticeLine(m.getName(), m.getCorrectionReason()));
          }
        }
        paragraphs.add("请按上列内容补正后，通过政务服务网或者到窗口重新提交。补正材料齐全后，本机关将依法作出是否受理的决定。");
      }
      case ACCEPTED_WITH_DEFICIENCIES -> {
        kind = NoticeKind.DEFICIENCY_ACCEPTANCE;
        paragraphs.add(
            "你（单位）提出的"
                + item
                + "申请，主要申请材料齐全，下列次要材料暂缺。经你（单位）书面承诺，本机关决定予以容缺受理。"
                + "容缺材料补齐前，本机关不作出审批决定。");
        for (CaseMaterial m : c.getMaterials()) {
          if (m.getState() == MaterialState.DEFERRED) {
            lines.add(new NoticeLine(m.getName(), "容缺待补"));
          }
        }
        lines.add(new NoticeLine("申请人承诺", c.getDeficiencyPledge()));
        due = "请于" + DAY.format(c.getDeficiencyDueOn()) + "前补齐上述材料，逾期未补齐的，本机关将终止办理。";
      }
      case REFUSED -> {
        kind = NoticeKind.REFUSAL;
        paragraphs.add("你（单位）提出的" + item + "申请，经审查，根据" + LAW + "第三十二条的规定，本机关决定不予受理。理由如下：");
        lines.add(new NoticeLine("不予受理理由", c.getRefusalReasons()));
        appeal = true;
      }
      case DECIDED -> {
        if (c.getDecision() == Decision.GRANT) {
          kind = NoticeKind.GRANT;
          paragraphs.add(
              "你（单位）提出的" + item + "申请，经审查，符合法定条件、标准。根据" + LAW + "第三十八条第一款的规定，本机关决定准予行政许可。");
          if (c.getDecisionReason() != null) {
            lines.add(new NoticeLine("审查意见", c.getDecisionReason()));
          }
        } else {
          kind = NoticeKind.DENIAL;
          paragraphs.add(
              "你（单位）提出的" + item + "申请，经审查，不符合法定条件、标准。根据" + LAW + "第三十八条第二款的规定，本机关决定不予行政许可。");
          lines.add(new NoticeLine("理由", c.getDecisionReason()));
          lines.add(new NoticeLine("依据", c.getDecisionBasis()));
          appeal = true;
        }
      }
      case EXTENDED -> {
        kind = NoticeKind.EXTENSION;
        var extension = c.getExtensions().get(c.getExtensions().size() - 1);
        paragraphs.add(
            "你（单位）申请的"
                + item
                + "，因下列理由不能在承诺期限内作出决定，经本机关负责人批准，办理期限延长"
                + extension.getDays()
                + "个工作日。根据"
                + LAW
                + "第四十二条的规定，特此告知。");
        lines.add(new NoticeLine("延期理由", extension.getReason()));
        lines.add(new NoticeLine("延期后办结日期", c.getDueOn() == null ? "" : DAY.format(c.getDueOn())));
      }
      case SUSPENDED -> {
        kind = NoticeKind.SUSPENSION;
        CaseSuspension s = c.getSuspensions().get(c.getSuspensions().size() - 1);
        paragraphs.add(
            "你（单位）申请的"
                + item
                + "依法需要履行特别程序。根据"
                + LAW
                + "第四十五条的规定，特别程序所需时间不计算在办理期限内，"
                + "特别程序结束后，办理期限继续计算。");
        lines.add(new NoticeLine("特别程序", label(s)));
        lines.add(new NoticeLine("原因", s.getReason()));
        lines.add(new NoticeLine("开始日期", DAY.format(s.getStartedOn())));
      }
      case WITHDRAWN -> {
        kind = NoticeKind.WITHDRAWAL;
        paragraphs.add("你（单位）已于" + DAY.format(on) + "撤回" + item + "申请，本机关终止办理。");
        if (c.getClosedReason() != null) {
          lines.add(new NoticeLine("撤回理由", c.getClosedReason()));
        }
      }
      case DELIVERED -> {
        kind = NoticeKind.DELIVERY;
        paragraphs.add(item + "的办理结果已于" + DAY.format(on) + "送达。");
        lines.add(new NoticeLine("送达方式", deliveryLabel(c)));
        if (c.getDeliveryNote() != null) {
          lines.add(new NoticeLine("领取人或快递单号", c.getDeliveryNote()));
        }
        if (c.getCertificateNumber() != null) {
          lines.add(new NoticeLine("证照编号", c.getCertificateNumber()));
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(
        new Notice(
            kind,
            c.getDepartment().getName(),
            hallName(c),
            c.getNumber(),
            c.getCheckCode(),
            c.getApplicant().getName(),
            c.getItemName(),
            on,
            paragraphs,
            lines,
            due,
            appeal));
  }

  private static void acceptanceLines(ApprovalCase c, List<NoticeLine> lines) {
    lines.add(new NoticeLine("受理日期", DAY.format(c.getAcceptedOn())));
    lines.add(new NoticeLine("承诺办理时限", c.getPromisedLimitDays() + "个工作日"));
    if (c.getDueOn() != null) {
      lines.add(new NoticeLine("承诺办结日期", DAY.format(c.getDueOn())));
    }
  }

  private static String hallName(ApprovalCase c) {
    ApprovalSection section = c.getDepartment().getSection();
    if (section != null && section.getHall() != null) {
      return section.getHall().getName();
    }
    return c.getDepartment().getName();
  }

  private static String label(CaseSuspension s) {
    return switch (s.getKind()) {
      case HEARING -> "听证";
      case TESTING -> "检验检测";
      case INSPECTION -> "现场勘验";
      case EXPERT_REVIEW -> "专家评审";
      case PUBLIC_NOTICE -> "公示公告";
      case QUARANTINE -> "检疫";
      case OTHER -> "其他特别程序";
    };
  }

  private static String deliveryLabel(ApprovalCase c) {
    return switch (c.getDeliveryMethod()) {
      case WINDOW_PICKUP -> "窗口领取";
      case POST -> "邮寄送达";
      case ONLINE -> "网上下载";
    };
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
