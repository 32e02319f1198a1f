package gov.approval.it.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import gov.approval.casework.boundary.ApplicationService;
import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.CaseView;
import gov.approval.casework.entity.Decision;
import gov.approval.casework.entity.SpecialProcedure;
import gov.approval.documents.boundary.Upload;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.Mailbox;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestCases;
import gov.approval.it.support.TestFiles;
import gov.approval.it.support.TestItems;
import gov.approval.it.support.Unique;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.control.Clocks;
import gov.approval.supervision.boundary.CorrectionOrderService;
import gov.approval.supervision.boundary.MonitorFilter;
import gov.approval.supervision.boundary.MonitorRow;
import gov.approval.supervision.boundary.MonitorService;
import gov.approval.supervision.boundary.OrderFilter;
import gov.approval.supervision.boundary.OrderForm;
import gov.approval.supervision.boundary.OrderRow;
import gov.approval.supervision.boundary.RiskEventRow;
import gov.approval.supervision.boundary.RiskService;
import gov.approval.supervision.boundary.WarningRow;
import gov.approval.supervision.boundary.WarningService;
import gov.approval.supervision.control.SupervisionScan;
import gov.approval.supervision.entity.CaseWarning;
import gov.approval.supervision.entity.Escalation;
import gov.approval.supervision.entity.OrderState;
import gov.approval.supervision.entity.RiskRule;
import gov.approval.supervision.entity.RiskState;
import gov.approval.supervision.entity.WarningLevel;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Electronic supervision in the server: warnings raised and escalated as time passes (the scan is
 * run "as of" later days, nobody waits) with a mail at each level of the chain, cleared when the
 * case moves on and kept as history; risk events from real case actions; a correction order's life
 * from a risk event to acceptance, and an overdue order escalated. GreenMail runs in the server.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.platformWith(SupervisionIT.class);
    ear.addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
    return ear;
  }

  @Inject ApplicationService applications;

  @Inject CaseHandlingService handling;

  @Inject WarningService warnings;

  @Inject MonitorService monitor;

  @Inject RiskService risks;

  @Inject CorrectionOrderService orders;

  @Inject DepartmentService departments;

  @Inject TestCases testCases;

  @Inject SwitchUser switchUser;

  @Inject SupervisionScan scan;

  /** A citizen's case with both mandatory materials, submitted; the caller continues as clerk. */
  private CaseView submitted() {
    return submitted(testCases.publishedLicence(testCases.newCitizen("监察")));
  }

  /** A case of the item {@code code} by the current citizen; the caller continues as clerk. */
  private CaseView submitted(String code) {
    CaseView draft = applications.startDraft(code, applications.myApplicantDefaults(), "监察测试");
    CaseView one =
        applications.uploadMaterial(
            draft.id(), draft.version(), 0, new Upload("申请报告.pdf", TestFiles.pdf("申请报告")));
    CaseView two =
        applications.uploadMaterial(
            one.id(), one.version(), 1, new Upload("选址.png", TestFiles.png()));
    CaseView submitted = applications.submit(two.id(), two.version());
    switchUser.to("fgw.clerk1");
    return submitted;
  }

  @Test
  @ActAs("fgw.clerk1")
  void warningsTurnYellowThenRedClimbTheChainWithAMailEachAndClearWhenTheCaseMovesOn()
      throws Exception {
    GreenMail smtp = Mailbox.start();
    try {
      CaseView s = submitted();
      CaseView accepted = handling.accept(s.id(), s.version());
      LocalDate due = accepted.dueDate().due();
      String number = accepted.number();

      switchUser.to("supervisor");
      assertThat(board(number)).extracting(MonitorRow::warning).containsExactly(WarningLevel.NONE);

      scanAsOf(due);
      switchUser.to("supervisor");
      assertThat(active(accepted.id()))
          .extracting(WarningRow::level)
          .as("the case's own deadline (its first step may warn too)")
          .contains(WarningLevel.YELLOW);
      awaitMail(smtp, null, number, "黄牌");
      // The board shows the worst active warning: the first step's own, shorter limit may be red.
      assertThat(board(number))
          .extracting(MonitorRow::warning)
          .containsExactly(worst(active(accepted.id())));

      // Overdue, then a week at a time: red replaces yellow and climbs one level per scan.
      LocalDate day = due.plusDays(1);
      for (int i = 0; i < 4; i++) {
        scanAsOf(day);
        day = day.plusDays(7);
      }
      switchUser.to("supervisor");
      WarningRow red =
          active(accepted.id()).stream()
              .filter(w -> w.stepName() == null)
              .findFirst()
              .orElseThrow();
      assertThat(red.level()).isEqualTo(WarningLevel.RED);
      assertThat(red.escalation()).isEqualTo(Escalation.SUPERVISOR);
      assertThat(warnings.ofCase(accepted.id()))
          .anySatisfy(
              w -> {
                assertThat(w.level()).isEqualTo(WarningLevel.YELLOW);
                assertThat(w.clearedReason()).isEqualTo(CaseWarning.Cleared.SUPERSEDED);
              });
      awaitMail(smtp, "fgw.chief@weinan.example.cn", number, "红牌");
      awaitMail(smtp, "fgw.head@weinan.example.cn", number, "红牌");
      awaitMail(smtp, "supervisor@weinan.example.cn", number, "红牌");
      // The case page shows the standing warning with its level and escalation, and the history,
      // to the department's staff and to supervisors; another department finds no such case.
      assertThat(warnings.forCasePage(accepted.id()))
          .filteredOn(w -> w.active() && w.stepName() == null)
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.level()).isEqualTo(WarningLevel.RED);
                assertThat(w.escalation()).isEqualTo(Escalation.SUPERVISOR);
                assertThat(w.raisedAt()).isNotNull();
              });
      switchUser.to("fgw.clerk1");
      assertThat(warnings.forCasePage(accepted.id()))
          .anySatisfy(w -> assertThat(w.level()).isEqualTo(WarningLevel.RED))
          .anySatisfy(w -> assertThat(w.clearedReason()).isEqualTo(CaseWarning.Cleared.SUPERSEDED));
      switchUser.to("gsj.clerk1");
      assertThatThrownBy(() -> warnings.forCasePage(accepted.id()))
          .isInstanceOf(NotFoundException.class);
      switchUser.to("supervisor");
      assertThat(board(number)).extracting(MonitorRow::warning).containsExactly(WarningLevel.RED);
      assertThat(monitor.load())
          .filteredOn(l -> l.departmentId().equals(departments.idOfCode("FGW")))
          .singleElement()
          .satisfies(l -> assertThat(l.red()).isPositive());

      // The case moves on: every warning clears, and the history stays.
      switchUser.to("fgw.chief");
      CaseView current = handling.caseFile(accepted.id());
      handling.suspend(current.id(), current.version(), SpecialProcedure.EXPERT_REVIEW, "专家评审");
      switchUser.to("supervisor");
      assertThat(active(accepted.id())).isEmpty();
      assertThat(warnings.ofCase(accepted.id()))
          .filteredOn(w -> w.level() == WarningLevel.RED && w.stepName() == null)
          .singleElement()
          .satisfies(w -> assertThat(w.clearedReason()).isEqualTo(CaseWarning.Cleared.MOVED_ON));
    } finally {
      smtp.stop();
    }
  }

  @Test
  @ActAs("fgw.clerk1")
  void aRefusalWithoutReasonsBecomesARiskEventThenAnOrderAnsweredReopenedAndAccepted()
      throws Exception {
    GreenMail smtp = Mailbox.start();
    try {
      CaseView s = submitted();
      handling.refuse(s.id(), s.version(), "不行");

      switchUser.to("supervisor");
      RiskEventRow event = risks.ofCase(s.id()).get(0);
      assertThat(event.rule()).isEqualTo(RiskRule.REFUSAL_WITHOUT_REASONS);
      assertThat(event.staff()).isEqualTo("fgw.clerk1");
      assertThat(event.facts()).contains(s.number()).contains("不行");
      assertThat(event.state()).isEqualTo(RiskState.OPEN);

      RiskEventRow ordered = risks.order(event.id(), event.version(), "重新审查并书面说明理由", 3);
      assertThat(ordered.state()).isEqualTo(RiskState.ORDERED);
      OrderRow order = orders.order(ordered.orderId());
      assertThat(order.state()).isEqualTo(OrderState.OPEN);
      assertThat(order.caseNumber()).isEqualTo(s.number());
      awaitMail(smtp, "fgw.head@weinan.example.cn", order.getCode() + "：", "纠错通知");
      assertThatThrownBy(() -> risks.dismiss(event.id(), ordered.version(), "重复"))
          .isInstanceOf(gov.approval.platform.boundary.BusinessException.class);

      switchUser.to("gsj.head");
      assertThatThrownBy(() -> orders.order(order.id())).isInstanceOf(NotFoundException.class);

      switchUser.to("fgw.head");
      assertThat(
              orders.orders(new OrderFilter(OrderState.OPEN, null), PageRequest.of(0, 200)).rows())
          .extracting(OrderRow::id)
          .contains(order.id());
      OrderRow answered = orders.answer(order.id(), order.version(), "已重新审查，补发书面理由");
      assertThat(answered.state()).isEqualTo(OrderState.ANSWERED);
      awaitMail(smtp, "supervisor@weinan.example.cn", order.getCode() + " ", "已答复");

      switchUser.to("supervisor");
      OrderRow reopened = orders.reopen(order.id(), answered.version(), "理由仍不充分", 2);
      assertThat(reopened.state()).isEqualTo(OrderState.OPEN);
      assertThat(reopened.reopenCount()).isEqualTo(1);

      switchUser.to("fgw.chief");
      OrderRow again = orders.answer(order.id(), reopened.version(), "已按法条逐项说明");
      switchUser.to("supervisor");
      assertThat(orders.accept(order.id(), again.version(), "同意").state())
          .isEqualTo(OrderState.ACCEPTED);
    } finally {
      smtp.stop();
    }
  }

  @Test
  @ActAs("supervisor")
  void anOverdueOrderIsEscalatedOnceToTheHeadAndTheSupervisors() throws Exception {
    GreenMail smtp = Mailbox.start();
    try {
      Long fgw = departments.idOfCode("FGW");
      OrderRow order = orders.issue(new OrderForm(fgw, null, "窗口超时未受理", "一日内整改", 1));
      scanAsOf(order.dueOn().plusDays(1));
      scanAsOf(order.dueOn().plusDays(2));
      switchUser.to("supervisor");
      assertThat(orders.order(order.id()).escalatedOn()).isEqualTo(order.dueOn().plusDays(1));
      awaitMail(smtp, "fgw.head@weinan.example.cn", order.getCode() + " ", "逾期");
      assertThat(messages(smtp, "fgw.head@weinan.example.cn", order.getCode() + " ", "逾期"))
          .hasSize(1);
    } finally {
      smtp.stop();
    }
  }

  @Test
  @ActAs("fgw.chief")
  void aCaseLeftAloneAndASuspensionThatRunsTooLongAreFoundByTheScan() {
    CaseView idle = submitted();
    switchUser.to("fgw.chief");
    handling.accept(idle.id(), idle.version());
    CaseView other = submitted();
    switchUser.to("fgw.chief");
    CaseView accepted = handling.accept(other.id(), other.version());
    handling.suspend(accepted.id(), accepted.version(), SpecialProcedure.HEARING, "听证");
    LocalDate today = LocalDate.now(Clocks.CITY_ZONE);

    // Three calendar days are fewer than the five working days a case may lie unhandled: the scan
    // does not even read the case; a running special procedure is read whatever its age.
    assertThat(scan.riskCandidates(today.plusDays(3)))
        .doesNotContain(idle.id())
        .contains(other.id());
    assertThat(scan.riskCandidates(today.plusDays(14))).contains(idle.id(), other.id());
    scanAsOf(today.plusDays(3));
    switchUser.to("supervisor");
    assertThat(rules(idle.id())).doesNotContain(RiskRule.CASE_IDLE);

    scanAsOf(today.plusDays(14));
    switchUser.to("supervisor");
    assertThat(rules(idle.id())).contains(RiskRule.CASE_IDLE);
    assertThat(rules(other.id())).doesNotContain(RiskRule.LONG_SUSPENSION);
    // Its idleness is recorded: later scans leave the case alone until it changes and idles again.
    assertThat(scan.riskCandidates(today.plusDays(15)))
        .doesNotContain(idle.id())
        .contains(other.id());

    scanAsOf(today.plusDays(31));
    switchUser.to("supervisor");
    assertThat(rules(other.id())).contains(RiskRule.LONG_SUSPENSION);
    assertThat(risks.ofCase(other.id()))
        .filteredOn(r -> r.rule() == RiskRule.LONG_SUSPENSION)
        .singleElement()
        .satisfies(r -> assertThat(r.facts()).contains("特别程序已持续 31 天"));
  }

  private List<RiskRule> rules(long caseId) {
    return risks.ofCase(caseId).stream().map(RiskEventRow::rule).toList();
  }

  @Test
  @ActAs("fgw.chief")
  void theAcceptorDecidingIsARiskEventAndCanBeDismissed() {
    CaseView s = submitted();
    switchUser.to("fgw.chief");
    CaseView accepted = handling.accept(s.id(), s.version());
    switchUser.to("fgw.reviewer");
    CaseView reviewed = handling.completeStep(accepted.id(), accepted.version(), "符合条件");
    switchUser.to("fgw.chief");
    handling.decide(reviewed.id(), reviewed.version(), Decision.GRANT, "予以核准", null);

    switchUser.to("supervisor");
    RiskEventRow event =
        risks.ofCase(s.id()).stream()
            .filter(r -> r.rule() == RiskRule.ACCEPTOR_DECIDED)
            .findFirst()
            .orElseThrow();
    assertThat(event.staff()).isEqualTo("fgw.chief");
    assertThat(risks.dismiss(event.id(), event.version(), "首席代表依授权即办").state())
        .isEqualTo(RiskState.DISMISSED);
  }

  @Test
  @ActAs("fgw.chief")
  void theAcceptorDecidingIsNoRiskOnAnItemThatLetsOnePersonDoBoth() {
    String citizen = testCases.newCitizen("监察");
    String code =
        testCases.published(
            TestItems.licence("即办核准" + Unique.digits(6)).toBuilder()
                .separateAcceptanceAndDecision(false)
                .build(),
            citizen);
    CaseView s = submitted(code);
    switchUser.to("fgw.chief");
    CaseView accepted = handling.accept(s.id(), s.version());
    switchUser.to("fgw.reviewer");
    CaseView reviewed = handling.completeStep(accepted.id(), accepted.version(), "符合条件");
    switchUser.to("fgw.chief");
    handling.decide(reviewed.id(), reviewed.version(), Decision.GRANT, "予以核准", null);

    switchUser.to("supervisor");
    assertThat(risks.ofCase(s.id()))
        .as("the item does not separate acceptance and decision")
        .noneMatch(r -> r.rule() == RiskRule.ACCEPTOR_DECIDED);
  }

  @Test
  @ActAs("fgw.chief")
  void aFeeRecordedOnAFreeItemsCaseIsARiskEventWithItsEvidence() {
    CaseView s = submitted();
    CaseView accepted = handling.accept(s.id(), s.version());
    switchUser.to("fgw.reviewer");
    CaseView reviewed = handling.completeStep(accepted.id(), accepted.version(), "符合条件");
    switchUser.to("fgw.chief");
    CaseView decided =
        handling.decide(reviewed.id(), reviewed.version(), Decision.GRANT, "予以核准", null);
    assertThatThrownBy(
            () -> handling.recordFee(decided.id(), decided.version(), "工本费", BigDecimal.ZERO))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("casework.fee.amountInvalid");
    assertThatThrownBy(
            () ->
                handling.recordFee(decided.id(), decided.version(), "工本费", new BigDecimal("1.005")))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("casework.fee.amountInvalid");
    CaseView charged =
        handling.recordFee(decided.id(), decided.version(), "证书工本费", new BigDecimal("20.5"));
    assertThat(charged.fees())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("证书工本费");
              assertThat(f.amount()).isEqualByComparingTo("20.50");
              assertThat(f.chargedBy()).isEqualTo("fgw.chief");
            });

    switchUser.to("supervisor");
    assertThat(risks.ofCase(s.id()))
        .filteredOn(r -> r.rule() == RiskRule.FEE_ON_FREE_ITEM)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.staff()).isEqualTo("fgw.chief");
              assertThat(r.facts()).contains("证书工本费 20.50 元").contains(s.number());
            });
  }

  private List<MonitorRow> board(String number) {
    return monitor.cases(MonitorFilter.all(), new PageRequest(0, 10, null, true, number)).rows();
  }

  private static WarningLevel worst(List<WarningRow> warnings) {
    return warnings.stream()
        .map(WarningRow::level)
        .max(java.util.Comparator.naturalOrder())
        .orElse(WarningLevel.NONE);
  }

  private List<WarningRow> active(long caseId) {
    return warnings.ofCase(caseId).stream().filter(w -> w.clearedAt() == null).toList();
  }

  private void scanAsOf(LocalDate day) {
    switchUser.to("admin");
    warnings.scanAsOf(day);
  }

  private static List<MimeMessage> messages(
      GreenMail smtp, String address, String about, String word) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(about) && subject(m).contains(word))
        .filter(m -> address == null || to(m).contains(address))
        .toList();
  }

  /** Waits (polling with a deadline) for a mail to {@code address} (any, if null). */
  private static void awaitMail(GreenMail smtp, String address, String about, String word)
      throws Exception {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (messages(smtp, address, about, word).isEmpty() && Instant.now().isBefore(deadline)) {
      smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
    }
    assertThat(messages(smtp, address, about, word))
        .as("a mail to " + address + " about " + about + " with " + word)
        .isNotEmpty();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String to(MimeMessage m) {
    try {
      return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
