package gov.approval.supervision.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;

/** Rule settings refuse negative parameters; defaults come from the rule. */
class RiskEventTest {

  @Test
  void settingsStartFromTheRulesDefaults() {
    RiskRuleSetting s = new RiskRuleSetting(RiskRule.CASE_IDLE);
    assertThat(s.isEnabled()).isTrue();
    assertThat(s.getParameter()).isEqualTo(5);
    s.change(false, 8);
    assertThat(s.isEnabled()).isFalse();
    assertThat(s.getParameter()).isEqualTo(8);
    assertThatThrownBy(() -> s.change(true, -1)).isInstanceOf(BusinessException.class);
  }
}
