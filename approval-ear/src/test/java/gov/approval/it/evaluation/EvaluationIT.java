package gov.approval.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import gov.approval.batch.evaluation.EvaluationJobRun;
import gov.approval.batch.evaluation.EvaluationJobs;
import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.casework.boundary.ApplicationService;
import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.CaseView;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.Decision;
import gov.approval.complaints.boundary.ComplaintDeskService;
import gov.approval.complaints.boundary.ComplaintForm;
import gov.approval.complaints.boundary.ComplaintView;
import gov.approval.complaints.boundary.MyComplaintService;
import gov.approval.complaints.boundary.RulingForm;
import gov.approval.complaints.entity.ComplaintAction;
import gov.approval.complaints.entity.ComplaintRuling;
import gov.approval.complaints.entity.ComplaintSubject;
import gov.approval.documents.boundary.Upload;
import gov.approval.evaluation.boundary.AssessmentRules;
import gov.approval.evaluation.boundary.EvaluationResults;
import gov.approval.evaluation.boundary.IndicatorLine;
import gov.approval.evaluation.boundary.InterviewRow;
import gov.approval.evaluation.boundary.InterviewService;
import gov.approval.evaluation.boundary.RatingForm;
import gov.approval.evaluation.boundary.RatingService;
import gov.approval.evaluation.boundary.RatingView;
import gov.approval.evaluation.boundary.RectificationService;
import gov.approval.evaluation.boundary.ScoreDetail;
import gov.approval.evaluation.boundary.ScoreRow;
import gov.approval.evaluation.boundary.StaffRecord;
import gov.approval.evaluation.boundary.TicketRow;
import gov.approval.evaluation.boundary.WindowRatingStart;
import gov.approval.evaluation.boundary.WorkRuleRow;
import gov.approval.evaluation.boundary.WorkRulesService;
import gov.approval.evaluation.entity.AppealKind;
import gov.approval.evaluation.entity.AppealStatus;
import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.InterviewStatus;
import gov.approval.evaluation.entity.Normalisation;
import gov.approval.evaluation.entity.RatingChannel;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RatingTag;
import gov.approval.evaluation.entity.SubjectKind;
import gov.approval.evaluation.entity.TicketStatus;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.Mailbox;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestCases;
import gov.approval.it.support.TestFiles;
import gov.approval.it.support.Unique;
import gov.approval.it.support.WebClient;
import gov.approval.mail.boundary.MailOutbox;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Citizen evaluation end to end in the server: one online rating per completed case, window ratings
 * through a one-time token or the visit's kiosk code, the rating API and the kiosk's code page over
 * HTTP, the bad-review loop (ticket, call-back, rectification mailed to the citizen, appeal), and
 * the monthly scoring job on a small known month.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private static final Duration JOB_DEADLINE = Duration.ofSeconds(60);

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.platformWithBatch(EvaluationIT.class, WebClient.class);
    ear.addAsLibraries(
        jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class), jarOf(org.jsoup.Jsoup.class));
    return ear;
  }

  @Inject ApplicationService applications;

  @Inject CaseHandlingService handling;

  @Inject RatingService ratings;

  @Inject RectificationService rectification;

  @Inject AssessmentRules rules;

  @Inject EvaluationResults results;

  @Inject EvaluationJobs jobs;

  @Inject CalendarService calendars;

  @Inject MailOutbox outbox;

  @Inject InterviewService interviews;

  @Inject WorkRulesService workRules;

  @Inject MyComplaintService complaints;

  @Inject ComplaintDeskService desk;

  @Inject TestCases testCases;

  @Inject SwitchUser switchUser;

  @Resource(lookup = "java:app/jdbc/approval")
  DataSource dataSource;

  @Inject HttpServletRequest request;

  @Test
  @ActAs("halladmin")
  void supervisionAndConsultationIndicatorsCountTheMonthsRows() throws Exception {
    YearMonth month = YearMonth.of(2013, 5);
    long caseId;
    long department;
    long owner;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery("select id, department_id from approval_case order by id")) {
        r.next();
        caseId = r.getLong(1);
        department = r.getLong(2);
      }
      try (ResultSet r = s.executeQuery("select min(id) from user_account")) {
        r.next();
        owner = r.getLong(1);
      }
      String warning =
          "insert into case_warning (version, case_id, department_id, case_status, level, due_on,"
              + " raised_at, escalation, escalated_on) values (0, "
              + caseId
              + ", "
              + department
              + ", 'ACCEPTED', '%s', date '2013-05-10', timestamp '%s', 'HANDLER',"
              + " date '2013-05-10')";
      s.executeUpdate(warning.formatted("YELLOW", "2013-05-10 10:00:00"));
      s.executeUpdate(warning.formatted("YELLOW", "2013-05-20 10:00:00"));
      s.executeUpdate(warning.formatted("RED", "2013-05-21 10:00:00"));
      s.executeUpdate(warning.formatted("RED", "2013-06-01 10:00:00"));
      s.executeUpdate(
          "insert into correction_order (version, department_id, case_id, reason,"
              + " required_action, limit_days, ordered_by, ordered_at, due_on, state) values (0, "
              + department
              + ", "
              + caseId
              + ", '测试', '测试', 5, 'supervisor', timestamp '2013-05-12 09:00:00',"
              + " date '2013-05-19', 'OPEN')");
      String risk =
          "insert into risk_event (version, rule, fingerprint, case_id, department_id, staff,"
              + " facts, detected_at, state) values (0, 'IDLE_CASE', '%s', "
              + caseId
              + ", "
              + department
              + ", 'fgw.clerk1', '测试', timestamp '2013-05-13 09:00:00', '%s')";
      s.executeUpdate(risk.formatted("evaluation-it-1", "ORDERED"));
      s.executeUpdate(risk.formatted("evaluation-it-2", "DISMISSED"));
      String question =
          "insert into consultation_question (version, owner_id, department_id, question,"
              + " asked_at, due_on, status, answered_at) values (0, "
              + owner
              + ", "
              + department
              + ", '测试', timestamp '2013-05-01 09:00:00', date '%s', 'ANSWERED', %s)";
      s.executeUpdate(question.formatted("2013-05-08", "timestamp '2013-05-08 02:00:00'"));
      s.executeUpdate(question.formatted("2013-05-09", "timestamp '2013-05-10 02:00:00'"));
      s.executeUpdate(question.formatted("2013-05-09", "timestamp '2013-05-09 02:00:00'"));
      s.executeUpdate(question.formatted("2013-05-31", "null"));
    }

    var measured =
        rules.preview(
            department,
            month,
            EnumSet.of(
                Indicator.YELLOW_WARNINGS,
                Indicator.RED_WARNINGS,
                Indicator.CORRECTION_ORDERS,
                Indicator.RISK_EVENTS,
                Indicator.CONSULTATIONS_ON_TIME));

    assertThat(measured.get(Indicator.YELLOW_WARNINGS).value()).contains(new BigDecimal(2));
    assertThat(measured.get(Indicator.RED_WARNINGS).value()).contains(new BigDecimal(1));
    assertThat(measured.get(Indicator.RED_WARNINGS).caseIds()).containsExactly(caseId);
    assertThat(measured.get(Indicator.CORRECTION_ORDERS).value()).contains(new BigDecimal(1));
    assertThat(measured.get(Indicator.RISK_EVENTS).value()).contains(new BigDecimal(1));
    // Two of four answered by the due day (one late, one unanswered).
    assertThat(measured.get(Indicator.CONSULTATIONS_ON_TIME).value().orElseThrow())
        .isEqualByComparingTo("50");
    assertThat(rules.measurable()).contains(Indicator.RED_WARNINGS, Indicator.UPHELD_COMPLAINTS);
  }

  @Test
  @ActAs("fgw.clerk1")
  void aCaseIsRatedOnceOnlineAndABadReviewRunsTheRectificationLoop() {
    String citizen = testCases.newCitizen("评一");
    String code = testCases.publishedLicence(citizen);
    CaseView open = submitted(code);
    refused(
        "evaluation.rating.notCompleted",
        () -> ratings.rateOnline(open.id(), new RatingForm(RatingLevel.SATISFIED, null, null)));
    CaseView done = complete(open, citizen);

    RatingView rated =
        ratings.rateOnline(
            done.id(),
            new RatingForm(
                RatingLevel.DISSATISFIED,
                "等了很久",
                Set.of(RatingTag.EFFICIENCY, RatingTag.ATTITUDE)));
    assertThat(rated.bad()).isTrue();
    assertThat(rated.channel()).isEqualTo(RatingChannel.ONLINE);
    assertThat(rated.tags()).containsExactlyInAnyOrder(RatingTag.EFFICIENCY, RatingTag.ATTITUDE);
    assertThat(rated.ticketStatus()).as("a bad review opens a ticket").isEqualTo(TicketStatus.OPEN);
    refused(
        "evaluation.rating.alreadyRated",
        () ->
            ratings.rateOnline(done.id(), new RatingForm(RatingLevel.VERY_SATISFIED, null, null)));

    switchUser.to("fgw.clerk1");
    TicketRow ticket = ticketOf(done.number());
    LocalDate today = LocalDate.now(CITY);
    assertThat(ticket.callbackDueOn())
        .isEqualTo(calendars.calendar().due(today, 1, LimitUnit.WORKING_DAYS).due());
    assertThat(ticket.rectifyDueOn())
        .isEqualTo(calendars.calendar().due(today, 15, LimitUnit.WORKING_DAYS).due());
    assertThat(ticket.staffName()).as("the accepting clerk answers for it").isNotBlank();
    refused(
        "evaluation.ticket.callBackFirst",
        () -> rectification.rectify(ticket.id(), ticket.version(), "已整改"));
    TicketRow called = rectification.callBack(ticket.id(), ticket.version(), "已电话回访，群众反映等候时间长");
    TicketRow fixed = rectification.rectify(called.id(), called.version(), "增设取号提醒，缩短等候时间");
    assertThat(fixed.status()).isEqualTo(TicketStatus.RECTIFIED);
    assertThat(outbox.forReference(done.number()))
        .as("the result is mailed to the citizen")
        .anySatisfy(m -> assertThat(m.subject()).contains("差评整改结果"));

    switchUser.to(citizen);
    RatingView mine = ratings.myRating(done.id()).orElseThrow();
    assertThat(mine.rectificationResult()).isEqualTo("增设取号提醒，缩短等候时间");
    assertThat(ratings.rateRectification(done.id(), RatingLevel.SATISFIED).rectificationRating())
        .isEqualTo(RatingLevel.SATISFIED);
    refused(
        "evaluation.ticket.alreadyRated",
        () -> ratings.rateRectification(done.id(), RatingLevel.SATISFIED));

    switchUser.to("gsj.clerk1");
    assertThat(rectification.tickets(false))
        .as("another department never sees the ticket")
        .noneMatch(t -> t.caseNumber().equals(done.number()));
  }

  @Test
  @ActAs("fgw.clerk1")
  void aWindowVisitIsRatedOnceThroughTheClerksToken() {
    String citizen = testCases.newCitizen("评二");
    String code = testCases.publishedLicence(citizen);
    CaseView done = complete(submitted(code), citizen);

    switchUser.to("fgw.clerk1");
    WindowRatingStart start = ratings.startWindowRating(done.number());
    switchUser.to("gsj.clerk1");
    assertThatThrownBy(() -> ratings.startWindowRating(done.number()))
        .as("another department's clerk cannot start it")
        .isInstanceOf(NotFoundException.class);

    switchUser.to(citizen);
    assertThat(ratings.windowRating(start.token()).departmentName()).contains("发");
    RatingView rated =
        ratings.rateAtWindow(
            start.token(),
            new RatingForm(RatingLevel.VERY_SATISFIED, null, Set.of(RatingTag.CONVENIENCE)));
    assertThat(rated.channel()).isEqualTo(RatingChannel.WINDOW);
    assertThat(rated.ticketId()).isNull();
    refused(
        "evaluation.window.tokenInvalid",
        () ->
            ratings.rateAtWindow(start.token(), new RatingForm(RatingLevel.SATISFIED, null, null)));
    refused(
        "evaluation.window.tokenInvalid",
        () ->
            ratings.rateAtWindow(
                "no-such-token", new RatingForm(RatingLevel.SATISFIED, null, null)));
    assertThat(
            ratings
                .rateOnline(done.id(), new RatingForm(RatingLevel.SATISFIED, null, null))
                .channel())
        .as("a window rating leaves the one online rating free")
        .isEqualTo(RatingChannel.ONLINE);
  }

  @Test
  @ActAs("fgw.clerk1")
  void aWindowVisitIsRatedOnceByItsKioskCode() throws Exception {
    String citizen = testCases.newCitizen("评码");
    String code = testCases.publishedLicence(citizen);
    CaseView done = complete(submitted(code), citizen);

    switchUser.to("fgw.clerk1");
    WindowRatingStart first = ratings.startWindowRating(done.number());
    WindowRatingStart second = ratings.startWindowRating(done.number());
    WindowRatingStart third = ratings.startWindowRating(done.number());
    assertThat(List.of(first.code(), second.code(), third.code()))
        .allMatch(c -> c.matches("\\d{6}"))
        .doesNotHaveDuplicates();

    switchUser.to(citizen);
    assertThat(ratings.windowRatingByCode(first.code()).departmentName()).contains("发");
    RatingView rated =
        ratings.rateAtWindowByCode(
            first.code(),
            new RatingForm(RatingLevel.SATISFIED, "办得快", Set.of(RatingTag.EFFICIENCY)));
    assertThat(rated.channel()).isEqualTo(RatingChannel.WINDOW);
    assertThat(rated.caseNumber()).isEqualTo(done.number());
    refused(
        "evaluation.window.codeInvalid",
        () ->
            ratings.rateAtWindowByCode(
                first.code(), new RatingForm(RatingLevel.SATISFIED, null, null)));
    refused(
        "evaluation.window.tokenInvalid",
        () ->
            ratings.rateAtWindow(first.token(), new RatingForm(RatingLevel.SATISFIED, null, null)));
    assertThat(codeOf(first.token())).as("a spent visit gives its code back").isNull();
    refused("evaluation.window.codeInvalid", () -> ratings.windowRatingByCode("12a456"));

    expire(second.token());
    refused("evaluation.window.codeInvalid", () -> ratings.windowRatingByCode(second.code()));
    refused(
        "evaluation.window.codeInvalid",
        () ->
            ratings.rateAtWindowByCode(
                second.code(), new RatingForm(RatingLevel.SATISFIED, null, null)));

    assertThat(ratings.windowRatingByCode(third.code()).itemName())
        .as("the other visits' codes still work")
        .isNotBlank();
    switchUser.to("fgw.clerk1");
    WindowRatingStart fourth = ratings.startWindowRating(done.number());
    assertThat(fourth.code()).isNotEqualTo(third.code());
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE evaluation_window_token SET code = ? WHERE token = ?")) {
      s.setString(1, fourth.code());
      s.setString(2, third.token());
      assertThatThrownBy(s::executeUpdate)
          .as("two live visits never share a code")
          .isInstanceOf(java.sql.SQLException.class);
    }
  }

  @Test
  @ActAs("fgw.clerk1")
  void citizensRateThroughTheApiAndKiosksByCodeOnThePageAndTheApi() throws Exception {
    String citizen = testCases.newCitizen("评接口");
    String other = testCases.newCitizen("评别人");
    String code = testCases.publishedLicence(citizen);
    CaseView done = complete(submitted(code), citizen);
    String mine = apiToken(citizen);
    String theirs = apiToken(other);
    String rating = "/api/my/cases/" + done.id() + "/rating";

    Http none = http("GET", rating, mine, null);
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.json().getString("messageKey")).isEqualTo("api.rating.none");
    Http intruder = http("POST", rating, theirs, "{\"level\":\"SATISFIED\"}");
    assertThat(intruder.status()).as(intruder.body()).isEqualTo(404);
    assertThat(intruder.json().getString("messageKey")).isEqualTo("api.problem.notFoundMine");
    Http badLevel = http("POST", rating, mine, "{\"level\":\"GREAT\"}");
    assertThat(badLevel.status()).as(badLevel.body()).isEqualTo(400);
    assertThat(badLevel.json().getString("messageKey")).isEqualTo("api.rating.levelInvalid");
    assertThat(badLevel.json().getJsonArray("invalidParams").getJsonObject(0).getString("name"))
        .isEqualTo("level");

    Http rated =
        http(
            "POST",
            rating,
            mine,
            "{\"level\":\"DISSATISFIED\",\"comment\":\"排队太久\",\"tags\":[\"EFFICIENCY\"]}");
    assertThat(rated.status()).as(rated.body()).isEqualTo(201);
    assertThat(rated.json().getString("channel")).isEqualTo("ONLINE");
    assertThat(rated.json().getBoolean("bad")).isTrue();
    assertThat(rated.json().getString("ticketStatus")).isEqualTo("OPEN");
    Http again = http("POST", rating, mine, "{\"level\":\"SATISFIED\"}");
    assertThat(again.status()).as(again.body()).isEqualTo(422);
    assertThat(again.json().getString("messageKey")).isEqualTo("evaluation.rating.alreadyRated");
    assertThat(again.json().getString("detail"))
        .isEqualTo("办件 " + done.number() + " 已评价过，每个办件只能网上评价一次。");
    Http read = http("GET", rating, mine, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("comment")).isEqualTo("排队太久");
    assertThat(http("GET", rating, theirs, null).status()).isEqualTo(404);
    Http early = http("POST", rating + "/rectification", mine, "{\"level\":\"SATISFIED\"}");
    assertThat(early.status()).as(early.body()).isEqualTo(422);
    assertThat(early.json().getString("messageKey")).isEqualTo("evaluation.ticket.notRectified");

    // A window visit by its code, without a login: API first, then the kiosk page.
    switchUser.to("fgw.clerk1");
    WindowRatingStart visit = ratings.startWindowRating(done.number());
    Http info = http("GET", "/api/window-ratings/" + visit.code(), null, null);
    assertThat(info.status()).as(info.body()).isEqualTo(200);
    assertThat(info.json().getString("departmentName")).contains("发");
    Http byCode =
        http("POST", "/api/window-ratings/" + visit.code(), null, "{\"level\":\"VERY_SATISFIED\"}");
    assertThat(byCode.status()).as(byCode.body()).isEqualTo(201);
    assertThat(byCode.json().getString("level")).isEqualTo("VERY_SATISFIED");
    assertThat(byCode.body()).doesNotContain(done.number());
    Http spent =
        http("POST", "/api/window-ratings/" + visit.code(), null, "{\"level\":\"SATISFIED\"}");
    assertThat(spent.status()).as(spent.body()).isEqualTo(422);
    assertThat(spent.json().getString("messageKey")).isEqualTo("evaluation.window.codeInvalid");
    assertThat(spent.json().getString("detail")).startsWith("评价码不正确");

    WebClient kiosk = new WebClient();
    WebClient.Page entry = kiosk.get(base() + "/approval/kiosk/rate.xhtml");
    assertThat(entry.html().select("#codeForm input[id$=code]")).hasSize(1);
    assertThat(entry.html().select("#howTo")).hasSize(1);
    WebClient.Page wrong =
        kiosk.submit(entry, "codeForm", Map.of("codeForm:code", visit.code()), "codeForm:enter");
    assertThat(wrong.html().select(".ui-messages-error").text()).contains("评价码不正确、已过期或已使用");
    assertThat(wrong.html().select("#rateForm")).isEmpty();
    assertThat(wrong.text()).doesNotContain("Exception");

    // The clerk starts the next visit's rating on the window page, which shows the code large.
    WebClient clerk = new WebClient();
    clerk.submit(
        clerk.get(base() + "/approval/login.xhtml"),
        "loginForm",
        Map.of("loginForm:username", "fgw.clerk1", "loginForm:password", "Demo@2026"),
        "loginForm:submit");
    WebClient.Page started =
        clerk.submit(
            clerk.get(base() + "/approval/staff/evaluation/window.xhtml"),
            "windowForm",
            Map.of("windowForm:caseNumber", done.number()),
            "windowForm:start");
    String shown = started.html().select("#ratingCode").text();
    assertThat(shown).as(started.text()).matches("\\d{6}");
    assertThat(started.html().select("#deviceLink").attr("href")).contains("/kiosk/rate.xhtml?t=");

    WebClient.Page form =
        kiosk.submit(wrong, "codeForm", Map.of("codeForm:code", shown), "codeForm:enter");
    assertThat(form.html().select("#itemName").text()).isNotBlank();
    assertThat(form.html().select("#codeForm")).isEmpty();
    String veryGood = form.html().select("#rateForm button[id$=':level']").first().id();
    WebClient.Page thanks = kiosk.submit(form, "rateForm", Map.of(), veryGood);
    assertThat(thanks.html().select("#done").text()).contains("评价已提交");
    assertThat(ratings.ofCase(done.id()))
        .filteredOn(r -> r.channel() == RatingChannel.WINDOW)
        .hasSize(2);
    refused("evaluation.window.codeInvalid", () -> ratings.windowRatingByCode(shown));

    HttpResponse<String> openApi =
        WebClient.httpClient()
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(base() + "/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(openApi.body())
        .contains("/api/my/cases/{id}/rating")
        .contains("/api/my/cases/{id}/rating/rectification")
        .contains("/api/window-ratings/{code}")
        .contains("Rate my case")
        .contains("Rate a window visit");
  }

  /**
   * A month no other test touches, two FGW cases accepted by fgw.clerk1: A completed on the 10th
   * (due the 20th), B on the 25th (due the 20th, late); A rated 非常满意 (5), B 不满意 (2). Rules: on time
   * 50 (0 → 100 %), satisfaction 30 (1 → 5), bad reviews per 100 cases 20 (100 → 0). By hand: on
   * time 50 % → 50.00; satisfaction 3.5 → 62.50; bad 50 → 50.00; total (2500 + 1875 + 1000) / 100 =
   * 53.75, for the department and for the clerk. After B's review is appealed and upheld:
   * satisfaction 5 → 100.00, bad 0 → 100.00, total 75.00.
   */
  @Test
  @ActAs("fgw.clerk1")
  void theMonthlyJobScoresAKnownMonthExactlyAndAgainAfterAnUpheldAppeal() throws Exception {
    YearMonth month =
        YearMonth.of(
            2300 + Integer.parseInt(Unique.digits(3)),
            1 + (int) Math.floorMod(System.nanoTime(), 12L));
    String citizen = testCases.newCitizen("评三");
    String code = testCases.publishedLicence(citizen);
    CaseView a = complete(submitted(code), citizen);
    CaseView b = complete(submitted(code), citizen);
    ratings.rateOnline(a.id(), new RatingForm(RatingLevel.VERY_SATISFIED, null, null));
    ratings.rateOnline(b.id(), new RatingForm(RatingLevel.DISSATISFIED, "态度不好", null));
    moveInto(month, a.id(), 10, 20);
    moveInto(month, b.id(), 25, 20);

    switchUser.to("halladmin");
    rules.create(
        month,
        "测试规则",
        List.of(
            line(Indicator.ON_TIME_RATE, 50, "0", "100"),
            line(Indicator.SATISFACTION, 30, "1", "5"),
            line(Indicator.BAD_REVIEWS_PER_100, 20, "100", "0")));

    EvaluationJobRun first = run(month);
    assertThat(first.status()).isEqualTo("COMPLETED");
    assertThat(first.read()).isEqualTo(2);
    assertThat(first.written()).isEqualTo(2);
    List<ScoreRow> departments = results.ranking(month, SubjectKind.DEPARTMENT);
    List<ScoreRow> staff = results.ranking(month, SubjectKind.STAFF);
    assertThat(departments)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.total()).isEqualByComparingTo("53.75");
              assertThat(s.caseCount()).isEqualTo(2);
            });
    assertThat(staff)
        .singleElement()
        .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("53.75"));
    ScoreDetail detail = results.detail(departments.get(0).id());
    assertThat(detail.components())
        .extracting(ScoreDetail.Component::points)
        .containsExactly(new BigDecimal("50.00"), new BigDecimal("62.50"), new BigDecimal("50.00"));
    assertThat(detail.components().get(0).caseNumbers())
        .as("the score drills down to its cases")
        .containsExactlyInAnyOrder(a.number(), b.number());
    assertThat(detail.components().get(1).ratingIds()).hasSize(2);

    EvaluationJobRun again = run(month);
    assertThat(again.status()).isEqualTo("COMPLETED");
    assertThat(results.ranking(month, SubjectKind.DEPARTMENT))
        .as("a re-run replaces the month exactly")
        .singleElement()
        .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("53.75"));
    assertThat(results.ranking(month, SubjectKind.STAFF)).hasSize(1);

    switchUser.to("fgw.clerk1");
    TicketRow ticket = ticketOf(b.number());
    switchUser.to("fgw.head");
    TicketRow appealed =
        rectification.appeal(ticket.id(), ticket.version(), AppealKind.MALICIOUS, "与办件无关的恶意评价");
    switchUser.to("supervisor");
    assertThat(
            rectification
                .decideAppeal(appealed.id(), appealed.version(), true, "经核实属实")
                .appealStatus())
        .isEqualTo(AppealStatus.UPHELD);

    switchUser.to("halladmin");
    assertThat(run(month).status()).isEqualTo("COMPLETED");
    assertThat(results.ranking(month, SubjectKind.DEPARTMENT))
        .singleElement()
        .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("75.00"));
    assertThat(results.ranking(month, SubjectKind.STAFF))
        .singleElement()
        .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("75.00"));
    switchUser.to(citizen);
    assertThat(ratings.myRating(b.id()).orElseThrow().excluded())
        .as("an upheld appeal keeps the review in history")
        .isTrue();
  }

  /**
   * A month no other test touches with one FGW case accepted by fgw.clerk1 and completed on time,
   * and two complaints about it ruled in that month: one upheld (holding fgw.clerk1 responsible),
   * one not upheld. Rules: on time 50 (0 → 100 %), upheld complaints 50 (2 → 0). By hand: on time
   * 100 % → 100.00; one upheld complaint → 50.00; total (5000 + 2500) / 100 = 75.00 for the
   * department and for the clerk. When a supervisor rules the first not upheld either, both are
   * 100.00.
   */
  @Test
  @ActAs("fgw.clerk1")
  void anUpheldComplaintLowersTheMonthsScoreOfTheDepartmentAndTheStaffMemberHeldResponsible()
      throws Exception {
    YearMonth month =
        YearMonth.of(
            4500 + Integer.parseInt(Unique.digits(3)),
            1 + (int) Math.floorMod(System.nanoTime(), 12L));
    String citizen = testCases.newCitizen("评五");
    String code = testCases.publishedLicence(citizen);
    CaseView done = complete(submitted(code), citizen);
    moveInto(month, done.id(), 10, 20);
    ComplaintView upheld = complained(done, "窗口态度差");
    ComplaintView notUpheld = complained(done, "材料被退回");

    switchUser.to("fgw.head");
    refused(
        "complaints.rule.notAnswered",
        () ->
            desk.rule(
                upheld.id(),
                upheld.version(),
                new RulingForm(ComplaintRuling.UPHELD, "核实属实", null)));
    ComplaintView replied = desk.reply(upheld.id(), upheld.version(), "已批评教育当事人。");
    refused(
        "complaints.rule.responsibleNotInDepartment",
        () ->
            desk.rule(
                replied.id(),
                replied.version(),
                new RulingForm(ComplaintRuling.UPHELD, "核实属实", "gsj.clerk1")));
    refused(
        "complaints.rulingReasonMissing",
        () ->
            desk.rule(
                replied.id(),
                replied.version(),
                new RulingForm(ComplaintRuling.UPHELD, " ", null)));
    ComplaintView ruled =
        desk.rule(
            replied.id(),
            replied.version(),
            new RulingForm(ComplaintRuling.UPHELD, "经调取录像核实属实", "fgw.clerk1"));
    assertThat(ruled.ruling().verdict()).isEqualTo(ComplaintRuling.UPHELD);
    assertThat(ruled.ruling().responsibleStaff()).isEqualTo("fgw.clerk1");
    assertThat(ruled.events()).extracting(e -> e.action()).contains(ComplaintAction.RULED);
    ComplaintView other = desk.reply(notUpheld.id(), notUpheld.version(), "材料确有缺失，已解释。");
    desk.rule(
        other.id(), other.version(), new RulingForm(ComplaintRuling.NOT_UPHELD, "退回符合规定", null));
    switchUser.to(citizen);
    assertThat(complaints.get(upheld.id()).ruling())
        .as("the complainant sees the ruling, not whom it holds responsible")
        .satisfies(
            r -> {
              assertThat(r.verdict()).isEqualTo(ComplaintRuling.UPHELD);
              assertThat(r.responsibleStaff()).isNull();
            });
    ruledInto(month, upheld.id(), notUpheld.id());

    switchUser.to("halladmin");
    rules.create(
        month,
        "测试规则",
        List.of(
            line(Indicator.ON_TIME_RATE, 50, "0", "100"),
            line(Indicator.UPHELD_COMPLAINTS, 50, "2", "0")));
    assertThat(run(month).status()).isEqualTo("COMPLETED");
    ScoreRow department =
        results.ranking(month, SubjectKind.DEPARTMENT).stream().findFirst().orElseThrow();
    assertThat(department.total()).isEqualByComparingTo("75.00");
    assertThat(results.ranking(month, SubjectKind.STAFF))
        .singleElement()
        .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("75.00"));
    ScoreDetail detail = results.detail(department.id());
    assertThat(detail.components().get(1).points()).isEqualByComparingTo("50.00");
    assertThat(detail.components().get(1).complaintNumbers())
        .as("the score drills down to the upheld complaint")
        .containsExactly(upheld.number());

    switchUser.to("supervisor");
    ComplaintView current = desk.get(upheld.id());
    desk.rule(
        current.id(),
        current.version(),
        new RulingForm(ComplaintRuling.NOT_UPHELD, "复核：录像显示系群众误解", null));
    ruledInto(month, upheld.id());
    switchUser.to("halladmin");
    assertThat(run(month).status()).isEqualTo("COMPLETED");
    assertThat(results.ranking(month, SubjectKind.DEPARTMENT))
        .singleElement()
        .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("100.00"));
    assertThat(results.ranking(month, SubjectKind.STAFF))
        .singleElement()
        .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("100.00"));
  }

  /** The citizen's complaint about their case; leaves the test as the citizen. */
  private ComplaintView complained(CaseView about, String title) {
    return complaints.file(
        new ComplaintForm(
            ComplaintSubject.CASE, about.number(), null, null, null, title, title + "，请核实。"));
  }

  /** Moves the complaints' rulings into {@code month} (the known dataset's dates). */
  private void ruledInto(YearMonth month, long... complaintIds) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE complaint SET ruled_at = ? WHERE id = ?")) {
      for (long id : complaintIds) {
        s.setTimestamp(1, Timestamp.from(month.atDay(15).atTime(10, 0).atZone(CITY).toInstant()));
        s.setLong(2, id);
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
    }
  }

  /**
   * Two consecutive months with one FGW case each (minimum volume 1 for the test): the earlier on
   * time, the later late. Both months call FGW in (the only department scored); the later interview
   * names the on-time problem with its case and counts two months in a row; the head is mailed once
   * per interview, and re-running a month makes no second interview or mail.
   */
  @Test
  @ActAs("fgw.clerk1")
  void theBottomThreeAreCalledInAndTheirHeadsMailed() throws Exception {
    YearMonth month =
        YearMonth.of(
            3400 + Integer.parseInt(Unique.digits(3)),
            2 + (int) Math.floorMod(System.nanoTime(), 11L));
    String citizen = testCases.newCitizen("评四");
    String code = testCases.publishedLicence(citizen);
    CaseView earlier = complete(submitted(code), citizen);
    CaseView later = complete(submitted(code), citizen);
    moveInto(month.minusMonths(1), earlier.id(), 10, 20);
    moveInto(month, later.id(), 25, 20);
    switchUser.to("halladmin");
    rules.create(
        month.minusMonths(1), "测试规则", List.of(line(Indicator.ON_TIME_RATE, 100, "0", "100")));

    GreenMail smtp = Mailbox.start();
    try {
      assertThat(runWithMinimum(month.minusMonths(1), 1).status()).isEqualTo("COMPLETED");
      EvaluationJobRun run = runWithMinimum(month, 1);
      assertThat(run.status()).isEqualTo("COMPLETED");
      assertThat(runWithMinimum(month, 1).status()).isEqualTo("COMPLETED");

      List<InterviewRow> fgw =
          interviews.interviews().stream()
              .filter(i -> i.month().equals(month) || i.month().equals(month.minusMonths(1)))
              .toList();
      assertThat(fgw).hasSize(2);
      InterviewRow current =
          fgw.stream().filter(i -> i.month().equals(month)).findFirst().orElseThrow();
      assertThat(current.position()).isEqualTo(1);
      assertThat(current.total()).isEqualByComparingTo("0.00");
      assertThat(current.repeatedMonths()).as("repeated months are counted").isEqualTo(2);
      assertThat(current.repeated()).isTrue();
      assertThat(current.problems()).contains("按时办结率").contains(later.number());
      assertThat(current.correctionDueOn())
          .isEqualTo(
              calendars.calendar().due(LocalDate.now(CITY), 15, LimitUnit.WORKING_DAYS).due());

      String reference = "interview-" + month + "-FGW";
      List<MimeMessage> mails = awaitMails(smtp, "fgw.head@weinan.example.cn", month.toString(), 1);
      assertThat(mails.get(0).getSubject()).contains("约谈");
      assertThat(mails.get(0).getContent().toString()).contains(later.number()).contains("连续 2 个月");
      switchUser.to("fgw.head");
      assertThat(outbox.forReference(reference)).as("one mail, whatever the re-runs").hasSize(1);

      InterviewRow followed = interviews.followUp(current.id(), current.version(), "已召开整改会议");
      assertThat(followed.followUp()).contains("已召开整改会议");
      switchUser.to("halladmin");
      InterviewRow recorded =
          interviews.record(
              followed.id(), followed.version(), LocalDate.now(CITY), "发改委分管领导", "一周内清理超期件");
      InterviewRow closed = interviews.close(recorded.id(), recorded.version());
      assertThat(closed.status()).isEqualTo(InterviewStatus.CLOSED);
      switchUser.to("gsj.head");
      assertThat(interviews.interviews()).noneMatch(i -> i.id() == current.id());
    } finally {
      smtp.stop();
    }
  }

  @Test
  @ActAs("halladmin")
  void staffSignTheirHallsRulesOnceAndTrainingIsRecordedOnTheirProfile() throws Exception {
    String title = "窗口服务规范" + Unique.digits(6);
    long rule = workRules.issue(title, "一、首问负责；二、一次性告知；三、限时办结。");
    long clerk = staffId("fgw.clerk1");

    switchUser.to("fgw.clerk1");
    WorkRuleRow unsigned = ruleTitled(title);
    assertThat(unsigned.signedByMe()).isFalse();
    workRules.signOff(rule);
    workRules.signOff(rule);
    WorkRuleRow signed = ruleTitled(title);
    assertThat(signed.signedByMe()).isTrue();
    assertThat(signed.signatures()).as("signing twice counts once").isEqualTo(1);

    switchUser.to("halladmin");
    String course = "政务服务礼仪" + Unique.digits(4);
    workRules.recordTraining(clerk, course, LocalDate.of(2026, 3, 5), new BigDecimal("3.5"), "合格");
    refused(
        "evaluation.training.hours",
        () ->
            workRules.recordTraining(
                clerk, course, LocalDate.of(2026, 3, 5), BigDecimal.ZERO, null));
    switchUser.to("gsj.head");
    assertThatThrownBy(
            () ->
                workRules.recordTraining(
                    clerk, course, LocalDate.of(2026, 3, 5), BigDecimal.ONE, null))
        .as("another department's manager cannot record it")
        .isInstanceOf(NotFoundException.class);

    switchUser.to("halladmin");
    StaffRecord profile = workRules.profile(clerk);
    assertThat(profile.username()).isEqualTo("fgw.clerk1");
    assertThat(profile.training()).anySatisfy(t -> assertThat(t.course()).isEqualTo(course));
    assertThat(profile.workRules())
        .as("the profile shows the hall's rules with the member's sign-off")
        .filteredOn(w -> w.ruleId() == rule)
        .singleElement()
        .satisfies(w -> assertThat(w.signed()).isTrue());
    switchUser.to("gsj.head");
    assertThatThrownBy(() -> workRules.profile(clerk))
        .as("another department's manager does not see the profile")
        .isInstanceOf(NotFoundException.class);

    switchUser.to("fgw.clerk1");
    assertThat(workRules.profile(null).staffId()).isEqualTo(clerk);
    assertThat(workRules.myTraining())
        .anySatisfy(
            t -> {
              assertThat(t.course()).isEqualTo(course);
              assertThat(t.hours()).isEqualByComparingTo("3.5");
              assertThat(t.result()).isEqualTo("合格");
            });
  }

  private WorkRuleRow ruleTitled(String title) {
    return workRules.myHallRules().stream()
        .filter(r -> r.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private long staffId(String username) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT s.id FROM staff_member s JOIN user_account a ON a.id = s.account_id"
                    + " WHERE a.username = ?")) {
      s.setString(1, username);
      try (var rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getLong(1);
      }
    }
  }

  private EvaluationJobRun runWithMinimum(YearMonth month, int minCases)
      throws InterruptedException {
    return await(jobs.start(month, minCases));
  }

  /**
   * Waits until {@code count} mails to {@code address} whose subject names {@code marker} arrived.
   */
  private static List<MimeMessage> awaitMails(
      GreenMail smtp, String address, String marker, int count) throws Exception {
    Instant deadline = Instant.now().plus(JOB_DEADLINE);
    List<MimeMessage> mails = mailsTo(smtp, address, marker);
    while (mails.size() < count && Instant.now().isBefore(deadline)) {
      smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
      mails = mailsTo(smtp, address, marker);
    }
    assertThat(mails).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
    return mails;
  }

  private static List<MimeMessage> mailsTo(GreenMail smtp, String address, String marker)
      throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getSubject().contains(marker)
          && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
              .anyMatch(r -> r.toString().equals(address))) {
        found.add(m);
      }
    }
    return found;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private CaseView submitted(String code) {
    CaseView draft = applications.startDraft(code, applications.myApplicantDefaults(), null);
    CaseView one =
        applications.uploadMaterial(
            draft.id(), draft.version(), 0, new Upload("申请报告.pdf", TestFiles.pdf("申请报告")));
    CaseView two =
        applications.uploadMaterial(
            one.id(), one.version(), 1, new Upload("选址意见.png", TestFiles.png()));
    return applications.submit(two.id(), two.version());
  }

  /** Accepted by fgw.clerk1, reviewed, granted and completed; leaves the test as the citizen. */
  private CaseView complete(CaseView submitted, String citizen) {
    switchUser.to("fgw.clerk1");
    CaseView accepted = handling.accept(submitted.id(), submitted.version());
    switchUser.to("fgw.reviewer");
    CaseView reviewed = handling.completeStep(accepted.id(), accepted.version(), "同意");
    switchUser.to("fgw.chief");
    CaseView decided =
        handling.decide(reviewed.id(), reviewed.version(), Decision.GRANT, "予以核准", null);
    CaseView completed =
        handling.complete(decided.id(), decided.version(), "渭发改核准" + Unique.digits(4));
    assertThat(completed.status()).isEqualTo(CaseStatus.COMPLETED);
    switchUser.to(citizen);
    return completed;
  }

  private String codeOf(String token) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT code FROM evaluation_window_token WHERE token = ?")) {
      s.setString(1, token);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getString(1);
      }
    }
  }

  private void expire(String token) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE evaluation_window_token SET expires_at = ? WHERE token = ?")) {
      s.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
      s.setString(2, token);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void tenWrongRatingCodesFromOneAddressAreRefusedForTenMinutesWhileOtherAddressesStillAsk()
      throws Exception {
    // All of 127/8 is this machine: an address of its own, so the lock reaches no other test, and
    // a random one, so a second run within the ten minutes is not already locked.
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String address = "127.0." + random.nextInt(1, 255) + "." + random.nextInt(2, 255);
    // "000000" is never drawn on purpose; the chance that it is a live code now is one in a
    // million.
    String wrongCode = "/api/window-ratings/000000";
    for (int i = 1; i <= 10; i++) {
      Http wrong = httpFrom(address, wrongCode);
      assertThat(wrong.status()).as("wrong code %d: %s", i, wrong.body()).isEqualTo(422);
    }
    Http blocked = httpFrom(address, wrongCode);
    assertThat(blocked.status()).as(blocked.body()).isEqualTo(429);
    assertThat(blocked.json().getString("detail")).isEqualTo("评价码输错次数过多，请 10 分钟后再试。");
    assertThat(blocked.body()).doesNotContain("Exception");
    Http elsewhere = http("GET", wrongCode, null, null);
    assertThat(elsewhere.status()).as("another address: " + elsewhere.body()).isEqualTo(422);
  }

  /**
   * A GET of the API sent from the local address {@code from} (HTTP/1.0, so the answer is neither
   * chunked nor kept alive): the server sees that address as the client's.
   */
  private Http httpFrom(String from, String path) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", request.getLocalPort()), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /approval" + path + " HTTP/1.0\r\nAccept: application/json\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status =
          Integer.parseInt(answer.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
      return new Http(status, answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }
  }

  /** The deployed platform's server, as this test reaches it: the port of this request. */
  private String base() {
    return "http://localhost:" + request.getLocalPort();
  }

  /** An answer of the API: status and body, the body as JSON on demand. */
  private record Http(int status, String body) {
    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  private Http http(String method, String path, String bearer, String json) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base() + "/approval" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      r.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      r.header("Authorization", "Bearer " + bearer);
    }
    HttpResponse<String> response =
        WebClient.httpClient()
            .build()
            .send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Http(response.statusCode(), response.body());
  }

  private String apiToken(String mobile) throws Exception {
    Http issued =
        http(
            "POST",
            "/api/tokens",
            null,
            "{\"mobile\":\"" + mobile + "\",\"password\":\"Demo@2026pass\"}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return issued.json().getString("token");
  }

  private TicketRow ticketOf(String caseNumber) {
    return rectification.tickets(false).stream()
        .filter(t -> t.caseNumber().equals(caseNumber))
        .findFirst()
        .orElseThrow();
  }

  /** Moves a completed case and its ratings into {@code month} (the known dataset's dates). */
  private void moveInto(YearMonth month, long caseId, int completedDay, int dueDay)
      throws Exception {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE approval_case SET completed_at = ?, due_on = ? WHERE id = ?")) {
        s.setTimestamp(
            1, Timestamp.from(month.atDay(completedDay).atTime(10, 0).atZone(CITY).toInstant()));
        s.setDate(2, Date.valueOf(month.atDay(dueDay)));
        s.setLong(3, caseId);
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
      try (PreparedStatement s =
          c.prepareStatement("UPDATE evaluation_rating SET rated_on = ? WHERE case_id = ?")) {
        s.setDate(1, Date.valueOf(month.atDay(26)));
        s.setLong(2, caseId);
        s.executeUpdate();
      }
    }
  }

  private static IndicatorLine line(Indicator indicator, int weight, String worst, String best) {
    return new IndicatorLine(
        indicator, weight, Normalisation.LINEAR, new BigDecimal(worst), new BigDecimal(best));
  }

  private EvaluationJobRun run(YearMonth month) throws InterruptedException {
    return await(jobs.start(month));
  }

  private EvaluationJobRun await(long id) throws InterruptedException {
    Instant deadline = Instant.now().plus(JOB_DEADLINE);
    EvaluationJobRun execution = jobs.run(id);
    while (!execution.isDone() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200); // polling interval of the deadline loop, not a synchronisation
      execution = jobs.run(id);
    }
    return execution;
  }

  private static void refused(String key, Runnable action) {
    assertThatThrownBy(action::run)
        .isInstanceOf(BusinessException.class)
        .satisfies(
            e ->
                assertThat(((BusinessException) e).getMessageKey() + e.getMessage()).contains(key));
  }
}
