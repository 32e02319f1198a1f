package gov.approval.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail through a real SMTP server (GreenMail on the port the test domain was started with): the
 * registration confirmation and the lockout warning reach the citizen, in Chinese.
 */
class MailIT {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
              new ServerSetup(Integer.getInteger("approval.mailPort", 18025), "127.0.0.1", "smtp"))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Test
  void aNewCitizenGetsAConfirmationMail() throws Exception {
    String mobile = TestPeople.mobile();
    String address = "citizen" + mobile + "@example.cn";
    register(mobile, address);

    MimeMessage mail = awaitMailTo(address);
    assertThat(mail.getSubject()).contains("注册成功");
    assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
    assertThat(decodedBody(mail)).contains("王五").contains(mobile);
  }

  @Test
  void aLockedAccountWarnsItsOwner() throws Exception {
    String mobile = TestPeople.mobile();
    String address = "locked" + mobile + "@example.cn";
    register(mobile, address);

    for (int attempt = 0; attempt < 5; attempt++) {
      new WebClient().login(mobile, "Wrong2026pw");
    }

    MimeMessage mail = awaitMailTo(address, "锁定");
    assertThat(decodedBody(mail)).contains("15 分钟");
  }

  private static void register(String mobile, String email) {
    WebClient client = new WebClient();
    WebClient.Page done =
        client.submit(
            client.get("/register.xhtml"),
            "registerForm",
            Map.of(
                "registerForm:realName",
                "王五",
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

  private static MimeMessage awaitMailTo(String address) throws Exception {
    return awaitMailTo(address, "");
  }

  /** Waits (GreenMail blocks until mail arrives, at most 20 s) for a mail to {@code address}. */
  private static MimeMessage awaitMailTo(String address, String subjectPart) throws Exception {
    for (int expected = 1; expected <= 20; expected++) {
      if (!SMTP.waitForIncomingEmail(20_000, expected)) {
        break;
      }
      for (MimeMessage message : SMTP.getReceivedMessages()) {
        boolean toAddress =
            Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
        if (toAddress && message.getSubject().contains(subjectPart)) {
          return message;
        }
      }
    }
    throw new AssertionError("no mail to " + address + " with subject containing " + subjectPart);
  }

  private static String decodedBody(MimeMessage message) throws Exception {
    return message.getContent().toString();
  }
}
