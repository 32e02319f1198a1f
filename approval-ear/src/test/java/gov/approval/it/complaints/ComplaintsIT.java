package gov.approval.it.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.casework.boundary.ApplicationService;
import gov.approval.casework.boundary.CaseView;
import gov.approval.complaints.boundary.ComplaintDeskService;
import gov.approval.complaints.boundary.ComplaintEscalationService;
import gov.approval.complaints.boundary.ComplaintFilter;
import gov.approval.complaints.boundary.ComplaintForm;
import gov.approval.complaints.boundary.ComplaintRow;
import gov.approval.complaints.boundary.ComplaintView;
import gov.approval.complaints.boundary.MyComplaintService;
import gov.approval.complaints.boundary.PhoneCaller;
import gov.approval.complaints.control.ComplaintEscalation;
import gov.approval.complaints.entity.ComplaintAction;
import gov.approval.complaints.entity.ComplaintStatus;
import gov.approval.complaints.entity.ComplaintSubject;
import gov.approval.complaints.entity.Rating;
import gov.approval.documents.boundary.Upload;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.Mailbox;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestCases;
import gov.approval.it.support.TestFiles;
import gov.approval.mail.boundary.MailOutbox;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.PageRequest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Complaints from filing to closing: online about one's own case and by phone, routed, answered
 * (the answer mailed to the complainant), rated and reopened once; what each side may not see or
 * do; overdue complaints escalated to the department head and then the supervisors, as of days the
 * test picks, with mail through GreenMail inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintsIT {

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.platformWith(ComplaintsIT.class);
    ear.addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
    return ear;
  }

  @Inject MyComplaintService mine;

  @Inject ComplaintDeskService desk;

  @Inject ComplaintEscalationService escalations;

  @Inject ComplaintEscalation escalationTimer;

  @Inject ApplicationService applications;

  @Inject DepartmentService departments;

  @Inject CalendarService calendars;

  @Inject MailOutbox outbox;

  @Inject TestCases testCases;

  @Inject SwitchUser switchUser;

  @Test
  @ActAs("fgw.clerk1")
  void anOnlineComplaintIsAnsweredByMailRatedAndReopenedOnlyOnce() throws Exception {
    GreenMail smtp = Mailbox.start();
    try {
      String citizen = testCases.newCitizen("韩投诉");
      String code = testCases.publishedLicence(citizen);
      CaseView draft = applications.startDraft(code, applications.myApplicantDefaults(), null);
      CaseView uploaded =
          applications.uploadMaterial(
              draft.id(), draft.version(), 0, new Upload("申请报告.pdf", TestFiles.pdf("申请报告")));
      CaseView submitted = applications.submit(uploaded.id(), uploaded.version());

      ComplaintView filed =
          mine.file(
              new ComplaintForm(
                  ComplaintSubject.CASE,
                  submitted.number(),
                  null,
                  null,
                  null,
                  "受理太慢",
                  "提交三天了还没有人受理。"));
      assertThat(filed.number()).startsWith("TS");
      assertThat(filed.status()).isEqualTo(ComplaintStatus.OPEN);
      assertThat(filed.departmentName()).isEqualTo("渭南市发展和改革委员会");
      assertThat(filed.dueOn()).isAfter(LocalDate.now().minusDays(1));
      assertThat(mine.mine(PageRequest.of(0, 10)).rows())
          .extracting(ComplaintRow::number)
          .contains(filed.number());

      // The page offers an action only to whom the boundary allows it.
      switchUser.to("fgw.clerk1");
      ComplaintView clerkSees = desk.get(filed.id());
      assertThat(clerkSees.mayReply()).as("a clerk does not answer").isFalse();
      assertThat(clerkSees.mayRule()).isFalse();

      switchUser.to("fgw.chief");
      assertThat(desk.list(ComplaintFilter.none(), PageRequest.of(0, 50)).rows())
          .extracting(ComplaintRow::id)
          .contains(filed.id());
      ComplaintView chiefSees = desk.get(filed.id());
      assertThat(chiefSees.mayReply()).isTrue();
      assertThat(chiefSees.mayRule()).as("nothing to rule before the answer").isFalse();
      ComplaintView answered = desk.reply(filed.id(), filed.version(), "已督促窗口今日受理，特此致歉。");
      assertThat(answered.status()).isEqualTo(ComplaintStatus.REPLIED);
      assertThat(answered.mayReply()).isFalse();
      assertThat(answered.mayRule()).isTrue();
      switchUser.to("supervisor");
      assertThat(desk.get(filed.id()).mayRule()).as("supervision rules any department's").isTrue();
      assertThat(desk.get(filed.id()).mayReply()).isFalse();

      MimeMessage reply = Mailbox.await(smtp, citizen + "@example.cn", filed.number(), DEADLINE);
      assertThat(reply.getSubject()).contains("已答复").contains(filed.number());
      assertThat(reply.getContent().toString()).contains("已督促窗口今日受理");

      switchUser.to(citizen);
      ComplaintView seen = mine.get(filed.id());
      assertThat(seen.reply()).isEqualTo("已督促窗口今日受理，特此致歉。");
      assertThat(seen.mayRate()).isTrue();
      assertThat(seen.mayReopen()).isTrue();
      ComplaintView rated = mine.rate(seen.id(), seen.version(), Rating.UNSATISFIED);
      assertThat(rated.status()).isEqualTo(ComplaintStatus.CLOSED);
      ComplaintView reopened = mine.reopen(rated.id(), rated.version(), "至今仍未受理。");
      assertThat(reopened.status()).isEqualTo(ComplaintStatus.REOPENED);
      assertThat(reopened.mayReopen()).isFalse();

      switchUser.to("fgw.chief");
      ComplaintView again = desk.reply(reopened.id(), reopened.version(), "已于今日受理。");
      switchUser.to(citizen);
      assertThatThrownBy(() -> mine.reopen(again.id(), again.version(), "再来一次"))
          .isInstanceOf(BusinessException.class)
          .extracting(e -> ((BusinessException) e).getMessageKey())
          .isEqualTo("complaints.reopen.once");
      ComplaintView closed = mine.rate(again.id(), again.version(), Rating.SATISFIED);
      assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
      assertThat(closed.rating()).isEqualTo(Rating.SATISFIED);
      assertThat(closed.events())
          .extracting(e -> e.action())
          .containsExactly(
              ComplaintAction.FILED,
              ComplaintAction.ROUTED,
              ComplaintAction.REPLIED,
              ComplaintAction.RATED,
              ComplaintAction.REOPENED,
              ComplaintAction.REPLIED,
              ComplaintAction.RATED);
    } finally {
      smtp.stop();
    }
  }

  @Test
  @ActAs("supervisor")
  void aPhoneComplaintIsRecordedRoutedAndAGeneralOnlineOneWaitsForTheHallOffice() {
    long gsj = departments.idOfCode("GSJ");
    long fgw = departments.idOfCode("FGW");
    ComplaintView call =
        desk.recordCall(
            new PhoneCaller("王来电", "0913-1234567", null),
            new ComplaintForm(
                ComplaintSubject.STAFF, null, null, "李某", gsj, "态度生硬", "窗口工作人员态度生硬。"));
    assertThat(call.status()).isEqualTo(ComplaintStatus.OPEN);
    assertThat(call.complainantPhone()).isEqualTo("0913-1234567");
    assertThat(call.departmentId()).isEqualTo(gsj);
    LocalDate due =
        calendars
            .calendar()
            .due(
                LocalDate.now(gov.approval.platform.control.Clocks.CITY_ZONE),
                5,
                LimitUnit.WORKING_DAYS)
            .due();
    assertThat(call.dueOn()).isEqualTo(due);

    ComplaintView rerouted = desk.route(call.id(), call.version(), fgw);
    assertThat(rerouted.departmentId()).isEqualTo(fgw);
    assertThat(rerouted.events())
        .extracting(e -> e.action())
        .containsExactly(ComplaintAction.RECORDED, ComplaintAction.ROUTED, ComplaintAction.ROUTED);

    assertThatThrownBy(
            () ->
                desk.recordCall(
                    new PhoneCaller("王来电", "0913-1234567", null),
                    new ComplaintForm(
                        ComplaintSubject.GENERAL, null, null, null, null, "标题", "内容")))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("complaints.about.departmentMissing");

    String citizen = testCases.newCitizen("赵一般");
    switchUser.to(citizen);
    ComplaintView general =
        mine.file(
            new ComplaintForm(ComplaintSubject.GENERAL, null, null, null, null, "停车难", "大厅门口停车难。"));
    assertThat(general.status()).isEqualTo(ComplaintStatus.AWAITING_ROUTING);
    assertThat(general.dueOn()).isNull();
    switchUser.to("halladmin");
    assertThat(
            desk.list(
                    new ComplaintFilter(ComplaintStatus.AWAITING_ROUTING, null, null),
                    PageRequest.of(0, 200))
                .rows())
        .extracting(ComplaintRow::id)
        .contains(general.id());
    ComplaintView routed = desk.route(general.id(), general.version(), fgw);
    assertThat(routed.status()).isEqualTo(ComplaintStatus.OPEN);
    assertThat(routed.dueOn()).isEqualTo(due);
  }

  @Test
  @ActAs("fgw.clerk1")
  void aComplaintIsHiddenFromOtherCitizensAndOtherDepartments() {
    long fgw = departments.idOfCode("FGW");
    String owner = testCases.newCitizen("钱甲");
    String other = testCases.newCitizen("孙乙");
    switchUser.to(owner);
    ComplaintView filed =
        mine.file(
            new ComplaintForm(ComplaintSubject.STAFF, null, null, "周某", fgw, "推诿", "工作人员推诿。"));

    switchUser.to(other);
    assertThatThrownBy(() -> mine.get(filed.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> mine.rate(filed.id(), filed.version(), Rating.SATISFIED))
        .isInstanceOf(NotFoundException.class);
    assertThat(mine.mine(PageRequest.of(0, 10)).rows()).isEmpty();

    switchUser.to("gsj.chief");
    assertThatThrownBy(() -> desk.get(filed.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> desk.reply(filed.id(), filed.version(), "越权答复"))
        .isInstanceOf(NotFoundException.class);
    assertThat(desk.list(ComplaintFilter.none(), PageRequest.of(0, 200)).rows())
        .extracting(ComplaintRow::id)
        .doesNotContain(filed.id());

    // The hall office sees every complaint but answers only for its own department.
    switchUser.to("halladmin");
    assertThat(desk.get(filed.id()).title()).isEqualTo("推诿");
    assertThatThrownBy(() -> desk.reply(filed.id(), filed.version(), "越权答复"))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("complaints.reply.otherDepartment");

    switchUser.to("fgw.head");
    assertThat(desk.reply(filed.id(), filed.version(), "已核实并批评教育。").status())
        .isEqualTo(ComplaintStatus.REPLIED);
  }

  @Test
  @ActAs("supervisor")
  void anOverdueComplaintIsEscalatedToTheHeadThenToTheSupervisorsOnce() throws Exception {
    GreenMail smtp = Mailbox.start();
    try {
      long fgw = departments.idOfCode("FGW");
      ComplaintView call =
          desk.recordCall(
              new PhoneCaller("郑来电", "13900000000", null),
              new ComplaintForm(
                  ComplaintSubject.GENERAL, null, null, null, fgw, "无人答复", "咨询电话无人接听。"));
      LocalDate due = call.dueOn();
      LocalDate firstLate = calendars.calendar().due(due, 1, LimitUnit.WORKING_DAYS).due();
      LocalDate thirdLate = calendars.calendar().due(due, 3, LimitUnit.WORKING_DAYS).due();

      switchUser.to("admin");
      escalations.runAsOf(due);
      assertThat(desk(call.id()).escalationLevel()).isZero();

      escalations.runAsOf(firstLate);
      MimeMessage toHead =
          Mailbox.await(smtp, "fgw.head@weinan.example.cn", call.number(), DEADLINE);
      assertThat(toHead.getSubject()).contains("超期").contains(call.number());
      assertThat(desk(call.id()).escalationLevel()).isEqualTo(1);

      escalations.runAsOf(firstLate);
      assertThat(mailsAbout(call.number())).hasSize(1);

      escalations.runAsOf(thirdLate);
      MimeMessage toSupervisor =
          Mailbox.await(smtp, "supervisor@weinan.example.cn", call.number(), DEADLINE);
      assertThat(toSupervisor.getSubject()).contains("监察");
      ComplaintView escalated = desk(call.id());
      assertThat(escalated.escalationLevel()).isEqualTo(2);
      assertThat(escalated.events())
          .filteredOn(e -> e.action() == ComplaintAction.ESCALATED)
          .hasSize(2);
      escalations.runAsOf(thirdLate.plusDays(7));
      assertThat(mailsAbout(call.number()))
          .as("one mail to the head, one to the demo's one supervisor, none again")
          .hasSize(2);
    } finally {
      smtp.stop();
    }
  }

  @Test
  @ActAs("admin")
  void onlyOneServerClaimsAnEscalationRound() {
    // Far in the future, so that the real hourly timer's claims of today never interfere.
    Instant round = Instant.now().plus(Duration.ofDays(3650 + (long) (Math.random() * 3650)));
    assertThat(escalationTimer.claim(round)).isTrue();
    assertThat(escalationTimer.claim(round)).as("second server, same round").isFalse();
    assertThat(escalationTimer.claim(round.plus(Duration.ofMinutes(10)))).isFalse();
    assertThat(escalationTimer.claim(round.plus(Duration.ofHours(1)))).isTrue();
  }

  private List<?> mailsAbout(String number) {
    switchUser.to("supervisor");
    List<?> mails = outbox.forReference(number);
    switchUser.to("admin");
    return mails;
  }

  private ComplaintView desk(long id) {
    switchUser.to("supervisor");
    ComplaintView v = desk.get(id);
    switchUser.to("admin");
    return v;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
