package gov.approval.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Logging in and out of the deployed platform over HTTP, as staff and citizens see it. */
class LoginIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  private final WebClient browser = new WebClient();

  @Test
  void staffLandOnTheirHomeWithTheirDepartmentAndPositions() {
    Page home = browser.login("fgw.chief", DEMO_PASSWORD);

    assertThat(home.uri().getPath()).endsWith("/staff/index.xhtml");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.text()).contains("渭南市发展和改革委员会").contains("首席代表");
    assertThat(home.html().getElementById("headerForm:currentUser").text()).isEqualTo("fgw.chief");
  }

  @Test
  void aWrongPasswordIsRefusedAndNothingOpens() {
    Page refused = browser.login("fgw.reviewer", "Wrong@2026");

    assertThat(refused.text()).contains("账号或密码错误");
    assertThat(browser.get("/staff/index.xhtml").uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void anAnonymousVisitorIsSentToTheLoginFirst() {
    Page page = browser.get("/staff/organisation/departments.xhtml");

    assertThat(page.uri().getPath()).endsWith("/login.xhtml");
    assertThat(page.text()).contains("登录");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
    String mobile = TestPeople.mobile();
    register(mobile, "Right2026pw");

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(new WebClient().login(mobile, "Wrong2026pw").text()).contains("账号或密码错误");
    }
    assertThat(new WebClient().login(mobile, "Wrong2026pw").text()).contains("账号已暂时锁定");

    Page rightPassword = new WebClient().login(mobile, "Right2026pw");
    assertThat(rightPassword.text()).contains("账号已暂时锁定");
    assertThat(rightPassword.uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void aCitizenGetsForbiddenOnStaffPages() {
    Page centre = browser.login("13800000001", DEMO_PASSWORD);
    assertThat(centre.uri().getPath()).endsWith("/my/index.xhtml");

    Page staffPage = browser.get("/staff/index.xhtml");
    assertThat(staffPage.status()).isEqualTo(403);
    assertThat(staffPage.text()).contains("无权访问").doesNotContain("Exception");
  }

  @Test
  void staffGetForbiddenInTheUserCentre() {
    browser.login("gsj.clerk1", DEMO_PASSWORD);

    assertThat(browser.get("/my/index.xhtml").status()).isEqualTo(403);
  }

  @Test
  void aClerkTypingTheStaffAdminAddressGetsForbidden() {
    browser.login("fgw.clerk1", DEMO_PASSWORD);

    Page page = browser.get("/staff/admin/staff.xhtml");
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("无权访问");
  }

  @Test
  void anUnknownDepartmentShowsNotFound() {
    browser.login("fgw.clerk1", DEMO_PASSWORD);

    Page page = browser.get("/staff/organisation/department.xhtml?id=987654321");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.text()).contains("不存在");
  }

  @Test
  void aDepartmentHeadSeesNoEditingOnAnotherDepartment() {
    browser.login("fgw.head", DEMO_PASSWORD);

    Page departments = browser.get("/staff/organisation/departments.xhtml");
    assertThat(departments.status()).isEqualTo(200);
    Page own = browser.get("/staff/organisation/department.xhtml?code=FGW");
    Page other = browser.get("/staff/organisation/department.xhtml?code=gsj");

    assertThat(own.html().getElementById("departmentForm:addWindow")).isNotNull();
    assertThat(other.text()).contains("渭南市工商行政管理局");
    assertThat(other.html().getElementById("departmentForm:addWindow")).isNull();
    assertThat(other.html().getElementById("departmentForm:editSection")).isNull();
  }

  @Test
  void theSessionIdChangesAtLoginSoAFixedSessionIsUseless() {
    browser.get("/login.xhtml");
    String before = browser.sessionId().orElseThrow();

    browser.login("jtj.clerk1", DEMO_PASSWORD);

    assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
  }

  @Test
  void logoutEndsTheSession() {
    Page home = browser.login("jtj.clerk2", DEMO_PASSWORD);
    Page portal = browser.submit(home, "headerForm", Map.of(), "headerForm:logout");

    assertThat(portal.text()).contains("您已安全退出");
    assertThat(browser.get("/staff/index.xhtml").uri().getPath()).endsWith("/login.xhtml");
  }

  private static void register(String mobile, String password) {
    WebClient client = new WebClient();
    Page form = client.get("/register.xhtml");
    Page done =
        client.submit(
            form,
            "registerForm",
            Map.of(
                "registerForm:realName", "测试用户",
                "registerForm:residentId", TestPeople.residentId(),
                "registerForm:mobile", mobile,
                "registerForm:password", password,
                "registerForm:passwordAgain", password),
            "registerForm:submit");
    assertThat(done.text()).contains("注册成功");
  }
}
