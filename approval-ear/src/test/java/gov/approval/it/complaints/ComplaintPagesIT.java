package gov.approval.it.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The complaint and audit pages over HTTP: a citizen files a complaint from their list page and
 * finds it there, the department's chief representative sees it in the staff list, answers it and
 * rules it upheld on its page (the citizen sees the ruling), a supervisor verifies the audit chain
 * on the log page, and a window clerk is refused the log.
 */
class ComplaintPagesIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  @Test
  void aCitizenFilesAComplaintThatTheDepartmentSees() {
    String mobile = TestPeople.mobile();
    register(mobile);
    WebClient citizen = new WebClient();
    citizen.login(mobile, "Citizen2026");
    Page form = citizen.get("/my/complaints.xhtml");
    assertThat(form.status()).isEqualTo(200);
    String fgw =
        form.html().select("select[id='newForm:department_input'] option").stream()
            .filter(o -> o.text().equals("渭南市发展和改革委员会"))
            .map(Element::val)
            .findFirst()
            .orElseThrow();
    String title = "网页投诉" + mobile.substring(7);

    Page filed =
        citizen.submit(
            form,
            "newForm",
            Map.of(
                "newForm:kind_input",
                "GENERAL",
                "newForm:department_input",
                fgw,
                "newForm:title",
                title,
                "newForm:body",
                "咨询窗口无人。"),
            "newForm:submit");

    assertThat(filed.status()).isEqualTo(200);
    assertThat(filed.html().getElementById("status").text()).isEqualTo("办理中");
    assertThat(filed.html().getElementById("department").text()).isEqualTo("渭南市发展和改革委员会");
    String number = filed.html().getElementById("number").text();
    assertThat(number).startsWith("TS");
    assertThat(citizen.get("/my/complaints.xhtml").text()).contains(number).contains(title);

    WebClient chief = new WebClient();
    chief.login("fgw.chief", DEMO_PASSWORD);
    assertThat(chief.get("/staff/index.xhtml").html().getElementById("menuForm:menuComplaints"))
        .isNotNull();
    Page list = chief.get("/staff/complaints/list.xhtml");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.text()).contains(number).contains(title);

    // The chief representative answers on the complaint's page, then rules it upheld.
    String href =
        list.html().select("a[id$=':open']").stream()
            .filter(a -> a.text().equals(number))
            .map(a -> a.attr("href"))
            .findFirst()
            .orElseThrow();
    String id = href.substring(href.indexOf("id=") + 3);
    Page page = chief.get("/staff/complaints/complaint.xhtml?id=" + id);
    assertThat(page.html().getElementById("complaintForm:rulingPanel"))
        .as("no ruling before the answer")
        .isNull();
    Page replied =
        chief.submit(
            page,
            "complaintForm",
            Map.of("complaintForm:replyText", "已安排专人值守咨询窗口。"),
            "complaintForm:sendReply");
    assertThat(replied.html().getElementById("reply").text()).contains("已安排专人值守咨询窗口");
    assertThat(replied.html().getElementById("complaintForm:rulingPanel")).isNotNull();
    Page ruled =
        chief.submit(
            replied,
            "complaintForm",
            Map.of(
                "complaintForm:verdict",
                "UPHELD",
                "complaintForm:rulingReason",
                "经查窗口当日确无人值守",
                "complaintForm:responsible_input",
                "fgw.clerk1"),
            "complaintForm:saveRuling");
    assertThat(ruled.html().getElementById("ruling").text())
        .startsWith("属实")
        .contains("经查窗口当日确无人值守")
        .contains("fgw.clerk1");

    Page seen = citizen.get("/my/complaint.xhtml?id=" + id);
    assertThat(seen.html().getElementById("ruling").text())
        .as("the complainant sees the ruling but not whom it holds responsible")
        .startsWith("属实")
        .doesNotContain("fgw.clerk1");
  }

  @Test
  void aSupervisorVerifiesTheAuditChainAndAClerkIsRefusedTheLog() {
    WebClient supervisor = new WebClient();
    supervisor.login("supervisor", DEMO_PASSWORD);
    Page log = supervisor.get("/staff/audit/log.xhtml");
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.html().title()).contains("审计日志");
    Page verified = supervisor.submit(log, "auditForm", Map.of(), "auditForm:verify");
    assertThat(verified.text()).contains("哈希链完整");

    WebClient clerk = new WebClient();
    clerk.login("fgw.clerk1", DEMO_PASSWORD);
    assertThat(clerk.get("/staff/audit/log.xhtml").status()).isEqualTo(403);
    assertThat(clerk.get("/staff/index.xhtml").html().getElementById("menuForm:menuAudit"))
        .isNull();
  }

  private static void register(String mobile) {
    WebClient client = new WebClient();
    Page done =
        client.submit(
            client.get("/register.xhtml"),
            "registerForm",
            Map.of(
                "registerForm:realName",
                "投诉人",
                "registerForm:residentId",
                TestPeople.residentId(),
                "registerForm:mobile",
                mobile,
                "registerForm:email",
                mobile + "@example.cn",
                "registerForm:password",
                "Citizen2026",
                "registerForm:passwordAgain",
                "Citizen2026"),
            "registerForm:submit");
    assertThat(done.text()).contains("注册成功");
  }
}
