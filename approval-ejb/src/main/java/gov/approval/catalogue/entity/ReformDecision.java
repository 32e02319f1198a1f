package gov.approval.catalogue.entity;

import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.organisation.entity.StaffMember;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one reform round decided for one item, and when it was carried out. Applying it changes the
 * item (ends, moves or keeps it) and records the change in the item's history under the round.
 */
@Entity
@Table(
    name = "reform_decision",
    uniqueConstraints = @UniqueConstraint(columnNames = {"reform_round_id", "item_id"}))
public class ReformDecision {

  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reform_round_id", nullable = false, updatable = false)
  private ReformRound round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ServiceItem item;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReformOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_level", length = 16)
  private RegionLevel targetLevel;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "target_department_id")
  private Department targetDepartment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merge_into_id")
  private ServiceItem mergeInto;

  @Size(max = NOTE_LENGTH)
  @Column(length = NOTE_LENGTH)
  private String note;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "applied_by", length = ItemChange.ACTOR_LENGTH)
  private String appliedBy;

  protected ReformDecision() {}

  ReformDecision(
      ReformRound round,
      ServiceItem item,
      ReformOutcome outcome,
      RegionLevel targetLevel,
      Department targetDepartment,
      ServiceItem mergeInto,
      String note) {
    this.round = Objects.requireNonNull(round);
    this.item = Objects.requireNonNull(item);
    this.outcome = Objects.requireNonNull(outcome);
    this.targetLevel = targetLevel;
    this.targetDepartment = targetDepartment;
    this.mergeInto = mergeInto;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  /** Carries the decision out on its item, once. */
  public void apply(StaffMember actor, Instant now) {
    if (appliedAt != null) {
      throw new BusinessException("catalogue.reform.alreadyApplied", item.getImplementationCode());
    }
    item.applyReform(this, actor, now);
    appliedAt = now;
    appliedBy = actor.getAccount().getUsername();
  }

  /** Refuses a decision that cannot be carried out on {@code target} as it stands now. */
  void checkApplicable(ServiceItem target) {
    target.requireNotEnded();
    switch (outcome) {
      case DELEGATE -> {
        if (targetLevel == null) {
          throw new BusinessException("catalogue.reform.targetRequired");
        }
        if (targetLevel.compareTo(target.getRegionLevel()) <= 0) {
          throw new BusinessException("catalogue.reform.delegateNotLower");
        }
      }
      case TRANSFER -> {
        if (targetDepartment == null) {
          throw new BusinessException("catalogue.reform.targetRequired");
        }
        if (targetDepartment.isSameAs(target.getDepartment())) {
          throw new BusinessException(
              "catalogue.reform.transferSameDepartment", targetDepartment.getName());
        }
      }
      case MERGE -> {
        if (mergeInto == null) {
          throw new BusinessException("catalogue.reform.targetRequired");
        }
        if (mergeInto == target
            || (target.getId() != null && target.getId().equals(mergeInto.getId()))) {
          throw new BusinessException(
              "catalogue.reform.mergeIntoItself", target.getImplementationCode());
        }
        if (mergeInto.getStatus() == VersionStatus.ENDED) {
          throw new BusinessException(
              "catalogue.reform.mergeTargetEnded", mergeInto.getImplementationCode());
        }
      }
      case CANCEL, KEEP -> {
        // nothing to check beyond the item being alive
      }
    }
  }

  /**
   * The implementation code the item will have once this decision is applied, when the decision
   * changes it (a delegation or a transfer), so that a boundary can check it is free beforehand.
   */
  public Optional<String> newImplementationCode() {
    return switch (outcome) {
      case DELEGATE ->
          Optional.of(
              ItemCodes.implementationCode(item.getBasicCode(), item.getDepartment(), targetLevel));
      case TRANSFER ->
          Optional.of(
              ItemCodes.implementationCode(
                  item.getBasicCode(), targetDepartment, item.getRegionLevel()));
      case CANCEL, MERGE, KEEP -> Optional.empty();
    };
  }

  public boolean isApplied() {
    return appliedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public ReformRound getRound() {
    return round;
  }

  public ServiceItem getItem() {
    return item;
  }

  public ReformOutcome getOutcome() {
    return outcome;
  }

  public RegionLevel getTargetLevel() {
    return targetLevel;
  }

  public Department getTargetDepartment() {
    return targetDepartment;
  }

  public ServiceItem getMergeInto() {
    return mergeInto;
  }

  public String getNote() {
    return note;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public String getAppliedBy() {
    return appliedBy;
  }
}
