package gov.approval.it.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.consultation.boundary.ConsultationService;
import gov.approval.consultation.boundary.PublishedFaq;
import gov.approval.consultation.boundary.QuestionForm;
import gov.approval.consultation.boundary.QuestionRow;
import gov.approval.consultation.entity.QuestionStatus;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestCases;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import gov.approval.platform.boundary.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy consultation through the real boundary: a citizen asks with the working-day deadline, the
 * owning department answers (no other department may), the answer is published anonymously with
 * consent only, citizens see only their own questions, and supervisors list the overdue ones.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationBoundaryIT {

  static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(ConsultationBoundaryIT.class);
  }

  @Inject ConsultationService consultation;

  @Inject CalendarService calendar;

  @Inject TestCases testCases;

  @Inject SwitchUser switchUser;

  @Resource(lookup = "java:app/jdbc/approval")
  DataSource database;

  static void refusedWith(String key, ThrowingCallable action) {
    assertThatThrownBy(action)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  @Test
  @ActAs("fgw.clerk1")
  void aQuestionIsAskedAnsweredAndPublishedAnonymously() {
    String citizen = testCases.newCitizen("周咨询");
    String code = testCases.publishedLicence(citizen);

    QuestionRow asked =
        consultation.ask(new QuestionForm(code, null, "我是周咨询，电话13900000000，办理需要多久？", true));
    LocalDate today = LocalDate.now(CITY);
    assertThat(asked.dueOn())
        .isEqualTo(calendar.calendar().due(today, 5, LimitUnit.WORKING_DAYS).due())
        .isAfter(today);
    assertThat(asked.status()).isEqualTo(QuestionStatus.OPEN);
    assertThat(asked.departmentName()).isEqualTo("渭南市发展和改革委员会");
    assertThat(consultation.myQuestions(PageRequest.of(0, 10)).rows())
        .extracting(QuestionRow::id)
        .containsExactly(asked.id());

    switchUser.to("gsj.clerk1");
    assertThatThrownBy(() -> consultation.answer(asked.id(), asked.version(), "不归我们管"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(consultation.departmentQuestions(PageRequest.of(0, 200), null).rows())
        .extracting(QuestionRow::id)
        .doesNotContain(asked.id());

    switchUser.to("fgw.clerk1");
    assertThat(consultation.departmentQuestions(PageRequest.of(0, 200), QuestionStatus.OPEN).rows())
        .extracting(QuestionRow::id)
        .contains(asked.id());
    QuestionRow answered = consultation.answer(asked.id(), asked.version(), "承诺时限为10个工作日。");
    assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
    refusedWith(
        "consultation.answer.alreadyAnswered",
        () -> consultation.answer(answered.id(), answered.version(), "再答一次"));
    assertThatThrownBy(() -> consultation.publish(asked.id(), asked.version(), "办理需要多久？"))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(consultation.faq(code)).isEmpty();

    consultation.publish(answered.id(), answered.version(), "办理需要多久？");
    assertThat(consultation.faq(code))
        .extracting(PublishedFaq::question, PublishedFaq::answer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("办理需要多久？", "承诺时限为10个工作日。"));
    assertThat(consultation.faq(code).toString()).doesNotContain("周咨询", "13900000000");

    switchUser.to(citizen);
    assertThat(consultation.myQuestions(PageRequest.of(0, 10)).rows())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
              assertThat(q.answer()).isEqualTo("承诺时限为10个工作日。");
            });
  }

  @Test
  @ActAs("fgw.clerk1")
  void withoutConsentNothingIsPublishedAndCitizensSeeOnlyTheirOwnQuestions() {
    String asker = testCases.newCitizen("吴咨询");
    String other = testCases.newCitizen("郑咨询");
    switchUser.to(asker);
    QuestionRow asked = consultation.ask(new QuestionForm(null, "FGW", "企业投资项目有哪些扶持政策？", false));
    assertThat(asked.itemName()).isNull();
    refusedWith(
        "consultation.question.whom",
        () -> consultation.ask(new QuestionForm(null, null, "问谁？", false)));
    refusedWith(
        "consultation.question.unknownItem",
        () -> consultation.ask(new QuestionForm("NO-SUCH-ITEM", null, "问什么？", false)));

    switchUser.to(other);
    assertThat(consultation.myQuestions(PageRequest.of(0, 10)).rows()).isEmpty();

    switchUser.to("fgw.clerk1");
    QuestionRow answered = consultation.answer(asked.id(), asked.version(), "详见发改委官网。");
    refusedWith(
        "consultation.publish.noConsent",
        () -> consultation.publish(answered.id(), answered.version(), "有哪些扶持政策？"));
  }

  @Test
  @ActAs("supervisor")
  void supervisorsSeeOverdueQuestionsOfEveryDepartment() throws SQLException {
    String citizen = testCases.newCitizen("冯咨询");
    switchUser.to(citizen);
    QuestionRow late = consultation.ask(new QuestionForm(null, "GSJ", "个体户怎么注册？", false));
    QuestionRow onTime = consultation.ask(new QuestionForm(null, "GSJ", "年报什么时候报？", false));
    // The deadline lies ahead for a question asked today: move it into the past as time would.
    try (Connection connection = database.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE consultation_question SET due_on = ? WHERE id = ?")) {
      update.setObject(1, LocalDate.now(CITY).minusDays(3));
      update.setLong(2, late.id());
      update.executeUpdate();
    }

    switchUser.to("supervisor");
    assertThat(consultation.overdue(PageRequest.of(0, 200)).rows())
        .extracting(QuestionRow::id)
        .contains(late.id())
        .doesNotContain(onTime.id());

    switchUser.to("gsj.clerk1");
    assertThatThrownBy(() -> consultation.overdue(PageRequest.of(0, 10)))
        .isInstanceOf(EJBAccessException.class);
  }
}
