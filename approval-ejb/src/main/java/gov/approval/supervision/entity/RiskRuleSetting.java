package gov.approval.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A rule's switch and parameter as an administrator set them (absent: the rule's defaults). */
@Entity
@Table(name = "risk_rule_setting")
public class RiskRuleSetting {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private RiskRule rule;

  @Version private long version;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private int parameter;

  protected RiskRuleSetting() {}

  public RiskRuleSetting(RiskRule rule) {
    this.rule = rule;
    this.enabled = rule.isEnabledByDefault();
    this.parameter = rule.getDefaultParameter();
  }

  public void change(boolean newEnabled, int newParameter) {
    if (newParameter < 0) {
      throw new gov.approval.platform.boundary.BusinessException(
          "supervision.risk.parameterNegative");
    }
    this.enabled = newEnabled;
    this.parameter = newParameter;
  }

  public RiskRule getRule() {
    return rule;
  }

  public long getVersion() {
    return version;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getParameter() {
    return parameter;
  }
}
