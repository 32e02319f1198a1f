package gov.approval.notices.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one official notice says. The case fills it; {@link NoticeRenderer} prints it.
 *
 * @param kind which document, and so its title
 * @param issuingAuthority the department that issues it (signature line), e.g. 渭南市市场监督管理局
 * @param hallName the government service hall, printed in the header
 * @param caseNumber the case number (受理编号), printed in the header and encoded in the QR code
 * @param checkCode the applicant's query code, encoded in the QR code with the number
 * @param applicantName the applicant (person or organisation) the notice is addressed to
 * @param itemName the approval item applied for
 * @param issuedOn the date of the notice (signature line)
 * @param paragraphs body text, one paragraph per element; may be empty
 * @param lines the table (material + reason, or label + value); may be empty
 * @param dueText a deadline printed in bold under the table (e.g. 请于2026年12月7日前补正), or null
 * @param withAppealRights whether the standard paragraph on 行政复议 and 行政诉讼 follows the body (for
 *     refusals and denials)
 */
public record Notice(
    NoticeKind kind,
    String issuingAuthority,
    String hallName,
    String caseNumber,
    String checkCode,
    String applicantName,
    String itemName,
    LocalDate issuedOn,
    List<String> paragraphs,
    List<NoticeLine> lines,
    String dueText,
    boolean withAppealRights) {

  /**
   * @throws IllegalArgumentException naming the first missing field (null or blank), or a null
   *     element of {@code paragraphs} or {@code lines}
   */
  public Notice {
    if (kind == null) {
      throw new IllegalArgumentException("A notice needs its kind");
    }
    issuingAuthority = required(issuingAuthority, "issuing authority");
    hallName = required(hallName, "hall name");
    caseNumber = required(caseNumber, "case number");
    checkCode = required(checkCode, "check code");
    applicantName = required(applicantName, "applicant name");
    itemName = required(itemName, "item name");
    if (issuedOn == null) {
      throw new IllegalArgumentException("A notice needs its issue date");
    }
    paragraphs = copy(paragraphs, "paragraph");
    lines = copy(lines, "line");
    dueText = dueText == null || dueText.isBlank() ? null : dueText.strip();
  }

  static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A notice needs its " + field);
    }
    return value.strip();
  }

  private static <T> List<T> copy(List<T> list, String element) {
    if (list == null) {
      return List.of();
    }
    if (list.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("A notice's " + element + " must not be null");
    }
    return List.copyOf(list);
  }
}
