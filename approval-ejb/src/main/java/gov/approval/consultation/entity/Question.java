package gov.approval.consultation.entity;

import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.Department;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A citizen's question to a department, about one of its items or about a policy in general. It
 * carries its answer deadline from the moment it is asked; answering closes it; publishing turns it
 * into an FAQ of the item, which needs the asker's consent and shows no one's name.
 */
@Entity
@Table(name = "consultation_question")
public class Question {

  public static final int TEXT_LENGTH = 2000;
  public static final int NAME_LENGTH = 128;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false, updatable = false)
  private UserAccount owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id", updatable = false)
  private ServiceItem item;

  @Column(name = "item_name", length = NAME_LENGTH, updatable = false)
  private String itemName;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Department department;

  @Column(name = "question", nullable = false, length = TEXT_LENGTH, updatable = false)
  private String text;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private Instant askedAt;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private QuestionStatus status = QuestionStatus.OPEN;

  @Column(name = "consent_to_publish", nullable = false)
  private boolean consentToPublish;

  @Column(length = TEXT_LENGTH)
  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "published_question", length = TEXT_LENGTH)
  private String publishedQuestion;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected Question() {}

  public Question(
      UserAccount owner,
      Department department,
      ServiceItem item,
      String itemName,
      String text,
      boolean consentToPublish,
      Instant askedAt,
      LocalDate dueOn) {
    this.owner = Objects.requireNonNull(owner);
    this.department = Objects.requireNonNull(department);
    this.item = item;
    this.itemName = itemName;
    this.text = Objects.requireNonNull(text).strip();
    this.consentToPublish = consentToPublish;
    this.askedAt = Objects.requireNonNull(askedAt);
    this.dueOn = Objects.requireNonNull(dueOn);
  }

  /** Records the department's answer; a question is answered once. */
  public void answer(String answerText, String staffName, Instant now) {
    if (status != QuestionStatus.OPEN) {
      throw new BusinessException("consultation.answer.alreadyAnswered");
    }
    if (answerText == null || answerText.isBlank()) {
      throw new BusinessException("consultation.answer.required");
    }
    this.answer = answerText.strip();
    this.answeredBy = staffName;
    this.answeredAt = now;
    this.status = QuestionStatus.ANSWERED;
  }

  /**
   * Publishes the answer as an FAQ of the item under {@code anonymisedQuestion} (the question as
   * the department rewrote it without personal details). Needs an answer, an item and consent.
   */
  public void publish(String anonymisedQuestion, Instant now) {
    if (status != QuestionStatus.ANSWERED) {
      throw new BusinessException("consultation.publish.notAnswered");
    }
    if (!consentToPublish) {
      throw new BusinessException("consultation.publish.noConsent");
    }
    if (item == null) {
      throw new BusinessException("consultation.publish.noItem");
    }
    if (anonymisedQuestion == null || anonymisedQuestion.isBlank()) {
      throw new BusinessException("consultation.publish.questionRequired");
    }
    this.publishedQuestion = anonymisedQuestion.strip();
    this.publishedAt = now;
  }

  /** Open after its due day. */
  public boolean isOverdue(LocalDate today) {
    return status == QuestionStatus.OPEN && today.isAfter(dueOn);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Department getDepartment() {
    return department;
  }

  public UserAccount getOwner() {
    return owner;
  }

  public String getText() {
    return text;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getItemName() {
    return itemName;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public boolean isConsentToPublish() {
    return consentToPublish;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
