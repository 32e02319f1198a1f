package gov.approval.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The outbox page over HTTP: a citizen's registration mail is listed for the system administrator
 * and the supervisor (with its state), a window clerk is refused with 403 and has no menu entry.
 */
class MailPageIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  @Test
  void administratorsSeeTheRegistrationMailInTheOutbox() {
    String mobile = TestPeople.mobile();
    String address = "outbox" + mobile + "@example.cn";
    register(mobile, address);

    for (String user : new String[] {"admin", "supervisor"}) {
      WebClient staff = new WebClient();
      staff.login(user, DEMO_PASSWORD);
      Page home = staff.get("/staff/index.xhtml");
      assertThat(home.html().getElementById("menuForm:menuMail")).as(user).isNotNull();

      Page outbox = staff.get("/staff/admin/mail.xhtml");

      assertThat(outbox.status()).as(user).isEqualTo(200);
      assertThat(outbox.html().title()).contains("邮件发送记录");
      String row =
          outbox.html().select("#mailForm\\:mailTable tbody tr").stream()
              .filter(tr -> tr.text().contains(address))
              .findFirst()
              .orElseThrow(() -> new AssertionError(user + " does not see the mail to " + address))
              .text();
      assertThat(row).contains("注册成功").containsAnyOf("待发送", "已发送");
    }
  }

  @Test
  void aWindowClerkIsRefusedTheOutbox() {
    WebClient clerk = new WebClient();
    clerk.login("fgw.clerk1", DEMO_PASSWORD);

    Page refused = clerk.get("/staff/admin/mail.xhtml");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).doesNotContain("注册成功");
    assertThat(clerk.get("/staff/index.xhtml").html().getElementById("menuForm:menuMail")).isNull();
  }

  private static void register(String mobile, String email) {
    WebClient client = new WebClient();
    Page done =
        client.submit(
            client.get("/register.xhtml"),
            "registerForm",
            Map.of(
                "registerForm:realName",
                "赵六",
                "registerForm:residentId",
                TestPeople.residentId(),
                "registerForm:mobile",
                mobile,
                "registerForm:email",
                email,
                "registerForm:password",
                "Citizen2026",
                "registerForm:passwordAgain",
                "Citizen2026"),
            "registerForm:submit");
    assertThat(done.text()).contains("注册成功");
  }
}
