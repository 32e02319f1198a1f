package gov.approval.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.TestPeople;
import gov.approval.it.support.Unique;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The staff case pages over HTTP: a window clerk registers a walk-in and finds the case in the
 * worklist and on its page; the case page shows only the actions the user may take, and another
 * department's clerk does not find the case at all. Every test registers its own walk-in.
 */
class CasePagesIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  /** A demo item of the development and reform commission (FGW), published for applications. */
  private static final String FGW_ITEM = "企业投资项目核准";

  private static WebClient loggedIn(String username) {
    WebClient client = new WebClient();
    client.login(username, DEMO_PASSWORD);
    return client;
  }

  /** Registers a walk-in through the intake page; returns the case page the clerk lands on. */
  private static Page registerWalkIn(WebClient clerk, String applicant) {
    Page intake = clerk.get("/staff/cases/intake.xhtml");
    assertThat(intake.status()).isEqualTo(200);
    Element item =
        intake.html().select("select[name=intakeForm:item_input] option").stream()
            .filter(o -> o.text().startsWith(FGW_ITEM))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no item " + FGW_ITEM + " to choose"));
    return clerk.submit(
        intake,
        "intakeForm",
        Map.of(
            "intakeForm:item_input",
            item.val(),
            "intakeForm:kind",
            "PERSON",
            "intakeForm:name",
            applicant,
            "intakeForm:idType_input",
            "RESIDENT_ID",
            "intakeForm:idNumber",
            TestPeople.residentId(),
            "intakeForm:contactName",
            applicant,
            "intakeForm:contactPhone",
            TestPeople.mobile(),
            "intakeForm:description",
            "现场申请 " + applicant),
        "intakeForm:register");
  }

  private static String caseId(Page casePage) {
    String query = casePage.uri().getQuery();
    assertThat(query).as("the intake opens the case page").contains("id=");
    return query.replaceAll(".*id=(\\d+).*", "$1");
  }

  @Test
  void theWindowRegistersAWalkInAndTheWorklistShowsTheCase() {
    WebClient clerk = loggedIn("fgw.clerk1");
    String applicant = "窗口申请人" + Unique.digits(6);

    Page casePage = registerWalkIn(clerk, applicant);

    assertThat(casePage.status()).isEqualTo(200);
    assertThat(casePage.uri().getPath()).endsWith("/staff/cases/case.xhtml");
    String number = casePage.html().getElementById("number").text();
    assertThat(number).matches("610500\\d{14}");
    assertThat(casePage.text()).contains("已登记办件 " + number);
    assertThat(casePage.html().getElementById("status").text()).isEqualTo("已提交");
    assertThat(casePage.html().getElementById("channel").text()).isEqualTo("窗口收件");
    assertThat(casePage.html().getElementById("applicantName").text()).isEqualTo(applicant);

    Page worklist = clerk.get("/staff/cases/worklist.xhtml?q=" + number);
    assertThat(worklist.status()).isEqualTo(200);
    Element row = worklist.html().select("#worklistForm\\:casesTable tbody tr").first();
    assertThat(row).isNotNull();
    assertThat(row.text()).contains(number, applicant, FGW_ITEM, "已提交", "窗口收件");
    String dueOn = casePage.html().getElementById("dueOn").text();
    assertThat(dueOn).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(row.text()).contains(dueOn);
    assertThat(worklist.html().getElementById("menuForm:menuIntake")).isNotNull();
  }

  @Test
  void theCasePageExplainsTheDeadlineAndShowsTheTimeline() {
    WebClient clerk = loggedIn("fgw.clerk1");
    String id = caseId(registerWalkIn(clerk, "时限申请人" + Unique.digits(6)));

    Page casePage = clerk.get("/staff/cases/case.xhtml?id=" + id);

    assertThat(casePage.html().select("#explanation li")).isNotEmpty();
    assertThat(casePage.html().select("#explanation li").first().text()).isNotBlank();
    assertThat(casePage.html().getElementById("daysLeft").text()).matches("-?\\d+");
    assertThat(casePage.html().select("[id$=timeline] tbody tr").text()).contains("窗口收件", "已提交");
  }

  @Test
  void acceptingWithoutTheMandatoryScanTellsTheClerkInChinese() {
    WebClient clerk = loggedIn("fgw.clerk1");
    Page casePage = registerWalkIn(clerk, "缺件申请人" + Unique.digits(6));
    assertThat(casePage.html().getElementById("acceptForm:accept")).isNotNull();

    Page answer = clerk.submit(casePage, "acceptForm", Map.of(), "acceptForm:accept");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).contains("以下必要材料尚未齐全，不能受理");
    assertThat(answer.html().getElementById("status").text()).isEqualTo("已提交");
  }

  @Test
  void aReviewerSeesTheCaseWithoutTheAcceptButton() {
    String id = caseId(registerWalkIn(loggedIn("fgw.clerk1"), "审查申请人" + Unique.digits(6)));

    Page reviewer = loggedIn("fgw.reviewer").get("/staff/cases/case.xhtml?id=" + id);

    assertThat(reviewer.status()).isEqualTo(200);
    assertThat(reviewer.html().getElementById("status").text()).isEqualTo("已提交");
    assertThat(reviewer.html().getElementById("acceptForm:accept")).isNull();
    assertThat(reviewer.html().getElementById("refuseForm:refuse")).isNull();
    assertThat(reviewer.html().getElementById("menuForm:menuIntake")).isNull();
    assertThat(reviewer.html().getElementById("menuForm:menuWorklist")).isNotNull();
  }

  @Test
  void aClerkOfAnotherDepartmentDoesNotFindTheCase() {
    Page own = registerWalkIn(loggedIn("fgw.clerk1"), "他部门申请人" + Unique.digits(6));
    String id = caseId(own);
    String number = own.html().getElementById("number").text();
    WebClient gsj = loggedIn("gsj.clerk1");

    Page other = gsj.get("/staff/cases/case.xhtml?id=" + id);

    assertThat(other.status()).isEqualTo(404);
    assertThat(other.text()).doesNotContain(number);
    Page list = gsj.get("/staff/cases/worklist.xhtml?q=" + number);
    assertThat(list.text()).doesNotContain(number).contains("没有符合条件的办件");
  }

  @Test
  void theSecondOfTwoClerksOnOneCaseSeesTheConflictAndTheCaseAsItNowIs() {
    WebClient first = loggedIn("fgw.clerk1");
    String id = caseId(registerWalkIn(first, "并发申请人" + Unique.digits(6)));
    WebClient second = loggedIn("fgw.clerk2");
    Page firstPage = first.get("/staff/cases/case.xhtml?id=" + id);
    Page secondPage = second.get("/staff/cases/case.xhtml?id=" + id);

    Page done =
        first.submit(
            firstPage,
            "refuseForm",
            Map.of("refuseForm:refusalReasons", "不属于本机关职权范围"),
            "refuseForm:refuse");
    Page late =
        second.submit(
            secondPage,
            "refuseForm",
            Map.of("refuseForm:refusalReasons", "申请材料不齐"),
            "refuseForm:refuse");

    assertThat(done.html().getElementById("status").text()).isEqualTo("不予受理");
    assertThat(late.text()).contains("该记录已被其他人修改");
    assertThat(late.html().getElementById("status").text())
        .as("the page shows the case as it now is")
        .isEqualTo("不予受理");
    assertThat(late.html().getElementById("refuseForm")).isNull();
    assertThat(firstPage.html().getElementById("preReviewForm"))
        .as("a window case has no online pre-review")
        .isNull();
  }
}
