package gov.approval.consultation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.Region;
import gov.approval.organisation.entity.ServiceHall;
import gov.approval.platform.boundary.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rules of a question's life: answered once, published only with consent, overdue after its
 * day.
 */
class QuestionTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  private static final LocalDate DUE = LocalDate.of(2026, 3, 9);

  private static Question question(boolean consent) {
    Region city = Region.city("610500000000", "渭南市");
    Department fgw = new Department("FGW", "渭南市发展和改革委员会", "发改委", city, new ServiceHall(city, "中心"));
    UserAccount asker =
        new UserAccount("13800000009", "hash", AccountKind.CITIZEN, "张三", null, "13800000009", NOW);
    return new Question(asker, fgw, null, null, " 要多久？ ", consent, NOW, DUE);
  }

  private static void refusedWith(String key, Runnable action) {
    assertThatThrownBy(action::run)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  @Test
  void anOpenQuestionIsOverdueOnlyAfterItsDueDay() {
    Question q = question(true);
    assertThat(q.getText()).isEqualTo("要多久？");
    assertThat(q.isOverdue(DUE)).isFalse();
    assertThat(q.isOverdue(DUE.plusDays(1))).isTrue();
    q.answer("十个工作日。", "李四", NOW);
    assertThat(q.isOverdue(DUE.plusDays(1))).isFalse();
  }

  @Test
  void aQuestionIsAnsweredOnceAndNeverBlank() {
    Question q = question(true);
    refusedWith("consultation.answer.required", () -> q.answer("  ", "李四", NOW));
    q.answer("十个工作日。", "李四", NOW);
    assertThat(q.getStatus()).isEqualTo(QuestionStatus.ANSWERED);
    refusedWith("consultation.answer.alreadyAnswered", () -> q.answer("再答", "李四", NOW));
  }

  @Test
  void publishingNeedsAnAnswerConsentAndAnItem() {
    Question unanswered = question(true);
    refusedWith("consultation.publish.notAnswered", () -> unanswered.publish("要多久？", NOW));

    Question withoutConsent = question(false);
    withoutConsent.answer("十个工作日。", "李四", NOW);
    refusedWith("consultation.publish.noConsent", () -> withoutConsent.publish("要多久？", NOW));

    Question policy = question(true);
    policy.answer("十个工作日。", "李四", NOW);
    refusedWith("consultation.publish.noItem", () -> policy.publish("要多久？", NOW));
  }
}
