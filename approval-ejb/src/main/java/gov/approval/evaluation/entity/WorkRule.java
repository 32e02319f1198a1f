package gov.approval.evaluation.entity;

import gov.approval.organisation.entity.ServiceHall;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A hall's unified work rule (统一的日常工作制度), issued once and signed off by each staff member of the
 * sections stationed in that hall. A change is a new rule, so a signature always refers to the text
 * signed.
 */
@Entity
@Table(name = "evaluation_work_rule")
@NamedQuery(
    name = "WorkRule.ofHall",
    query = "SELECT w FROM WorkRule w WHERE w.hall.id = :hall ORDER BY w.issuedOn DESC, w.id DESC")
public class WorkRule {

  public static final int TITLE_LENGTH = 128;
  public static final int BODY_LENGTH = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hall_id", nullable = false, updatable = false)
  private ServiceHall hall;

  @Column(nullable = false, updatable = false, length = TITLE_LENGTH)
  private String title;

  @Column(nullable = false, updatable = false, length = BODY_LENGTH)
  private String body;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "issued_by", nullable = false, updatable = false, length = 64)
  private String issuedBy;

  protected WorkRule() {}

  public WorkRule(ServiceHall hall, String title, String body, String issuedBy, LocalDate today) {
    if (title == null || title.isBlank() || body == null || body.isBlank()) {
      throw new BusinessException("evaluation.ticket.textMissing");
    }
    this.hall = hall;
    this.title = title.strip();
    this.body = body.strip();
    this.issuedBy = issuedBy;
    this.issuedOn = today;
  }

  public Long getId() {
    return id;
  }

  public ServiceHall getHall() {
    return hall;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }
}
