package gov.approval.evaluation.entity;

import gov.approval.organisation.entity.StaffMember;
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
import java.time.Instant;

/** A staff member's signature under a work rule: read and accepted, once. */
@Entity
@Table(name = "evaluation_rule_signoff")
@NamedQuery(
    name = "RuleSignOff.ofStaff",
    query = "SELECT s.rule.id FROM RuleSignOff s WHERE s.staff.id = :staff")
@NamedQuery(
    name = "RuleSignOff.count",
    query = "SELECT COUNT(s) FROM RuleSignOff s WHERE s.rule.id = :rule AND s.staff.id = :staff")
public class RuleSignOff {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_rule_id", nullable = false, updatable = false)
  private WorkRule rule;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", nullable = false, updatable = false)
  private StaffMember staff;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  protected RuleSignOff() {}

  public RuleSignOff(WorkRule rule, StaffMember staff, Instant now) {
    this.rule = rule;
    this.staff = staff;
    this.signedAt = now;
  }
}
