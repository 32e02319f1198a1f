package gov.approval.supervision.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * When an active warning moves up the chain: the rule the scan's pre-selection and the warning
 * share.
 */
class CaseWarningEscalationTest {

  @Test
  void aWarningMovesUpOnceItHasStoodTheEscalationDaysAtItsLevel() {
    assertThat(CaseWarning.isDue(Escalation.HANDLER, 0, 1)).as("raised today").isFalse();
    assertThat(CaseWarning.isDue(Escalation.HANDLER, 1, 1)).isTrue();
    assertThat(CaseWarning.isDue(Escalation.CHIEF, 2, 3)).isFalse();
    assertThat(CaseWarning.isDue(Escalation.HEAD, 5, 3)).isTrue();
  }

  @Test
  void theTopOfTheChainNeverMoves() {
    assertThat(CaseWarning.isDue(Escalation.SUPERVISOR, 100, 1)).isFalse();
  }
}
