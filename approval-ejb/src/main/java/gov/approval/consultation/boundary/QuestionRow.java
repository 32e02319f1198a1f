package gov.approval.consultation.boundary;

import gov.approval.consultation.entity.QuestionStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A question as the lists show it, to the asker and to the answering department. {@code askerName}
 * is for the department only; the public never sees it.
 */
public record QuestionRow(
    long id,
    long version,
    String itemName,
    String departmentName,
    String askerName,
    String text,
    QuestionStatus status,
    Instant askedAt,
    LocalDate dueOn,
    String answer,
    Instant answeredAt,
    boolean consentToPublish,
    Instant publishedAt) {

  public boolean open() {
    return status == QuestionStatus.OPEN;
  }

  public boolean publishable() {
    return status == QuestionStatus.ANSWERED
        && consentToPublish
        && publishedAt == null
        && itemName != null;
  }

  public boolean overdue(LocalDate today) {
    return open() && today.isAfter(dueOn);
  }
}
