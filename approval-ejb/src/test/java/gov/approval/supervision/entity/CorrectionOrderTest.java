package gov.approval.supervision.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.platform.boundary.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A correction order's life: open, answered, accepted or reopened; escalated once per deadline. */
class CorrectionOrderTest {

  private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

  private static CorrectionOrder order() {
    return new CorrectionOrder(
        null, null, null, " 超期未办 ", " 三日内办结 ", 3, DUE, "supervisor", Instant.now());
  }

  @Test
  void answeredThenAccepted() {
    CorrectionOrder o = order();
    assertThat(o.getState()).isEqualTo(OrderState.OPEN);
    assertThat(o.getReason()).isEqualTo("超期未办");
    o.answer("已办结", "fgw.head", Instant.now());
    assertThat(o.getState()).isEqualTo(OrderState.ANSWERED);
    o.accept(null);
    assertThat(o.getState()).isEqualTo(OrderState.ACCEPTED);
    assertThatThrownBy(() -> o.answer("再答", "fgw.head", Instant.now()))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void reopenedWithANewDeadlineAndEscalatedAgainOnlyAfterIt() {
    CorrectionOrder o = order();
    assertThat(o.escalateIfOverdue(DUE)).as("not overdue on its due day").isFalse();
    assertThat(o.escalateIfOverdue(DUE.plusDays(1))).isTrue();
    assertThat(o.escalateIfOverdue(DUE.plusDays(2))).as("once per deadline").isFalse();
    o.answer("已整改", "fgw.chief", Instant.now());
    o.reopen("整改不到位", 2, DUE.plusDays(10));
    assertThat(o.getState()).isEqualTo(OrderState.OPEN);
    assertThat(o.getReopenCount()).isEqualTo(1);
    assertThat(o.escalateIfOverdue(DUE.plusDays(10))).isFalse();
    assertThat(o.escalateIfOverdue(DUE.plusDays(11))).isTrue();
  }

  @Test
  void onlyAnAnsweredOrderIsAcceptedOrReopened() {
    CorrectionOrder o = order();
    assertThatThrownBy(() -> o.accept("好")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> o.reopen("不", 1, DUE)).isInstanceOf(BusinessException.class);
  }
}
