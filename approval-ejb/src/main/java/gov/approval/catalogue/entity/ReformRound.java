package gov.approval.catalogue.entity;

import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.RegionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reform round (改革轮次): one government decision, with its date and document number, that cancels,
 * delegates, transfers, merges or keeps items. The seed's four rounds cancelled, delegated or
 * transferred 1,348 items. Its decisions are separate rows ({@link ReformDecision}), hundreds per
 * round, created here and applied one by one.
 */
@Entity
@Table(name = "reform_round")
public class ReformRound {

  public static final int NAME_LENGTH = 128;
  public static final int DOCUMENT_NUMBER_LENGTH = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank(message = "{catalogue.reform.name.required}")
  @Size(max = NAME_LENGTH)
  @Column(nullable = false, unique = true, length = NAME_LENGTH)
  private String name;

  @NotNull(message = "{catalogue.reform.decidedOn.required}")
  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  /** The number of the document that decided it, e.g. 渭政发〔2016〕12号. */
  @NotBlank(message = "{catalogue.reform.documentNumber.required}")
  @Size(max = DOCUMENT_NUMBER_LENGTH)
  @Column(name = "document_number", nullable = false, length = DOCUMENT_NUMBER_LENGTH)
  private String documentNumber;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ReformRound() {}

  public ReformRound(String name, LocalDate decidedOn, String documentNumber, Instant now) {
    this.name = Objects.requireNonNull(name);
    this.decidedOn = Objects.requireNonNull(decidedOn);
    this.documentNumber = Objects.requireNonNull(documentNumber);
    this.createdAt = now;
  }

  public void describe(String name, LocalDate decidedOn, String documentNumber) {
    this.name = Objects.requireNonNull(name);
    this.decidedOn = Objects.requireNonNull(decidedOn);
    this.documentNumber = Objects.requireNonNull(documentNumber);
  }

  /**
   * Records what this round decides for {@code item}; the decision changes the item only when
   * applied. A delegation names the lower level, a transfer the department, a merger the item that
   * absorbs this one; other targets are ignored.
   */
  public ReformDecision decide(
      ServiceItem item,
      ReformOutcome outcome,
      RegionLevel targetLevel,
      Department targetDepartment,
      ServiceItem mergeInto,
      String note) {
    ReformDecision decision =
        new ReformDecision(
            this,
            item,
            outcome,
            outcome == ReformOutcome.DELEGATE ? targetLevel : null,
            outcome == ReformOutcome.TRANSFER ? targetDepartment : null,
            outcome == ReformOutcome.MERGE ? mergeInto : null,
            note);
    decision.checkApplicable(item);
    return decision;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
