package gov.approval.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Citizens register themselves: every rule answers in Chinese and keeps what was typed. */
class RegistrationIT {

  private final WebClient browser = new WebClient();

  @Test
  void aCitizenRegistersLogsInAndSeesTheirMaskedData() {
    String mobile = TestPeople.mobile();
    String id = TestPeople.residentId();

    Page done = register(Map.of("registerForm:mobile", mobile, "registerForm:residentId", id));
    assertThat(done.uri().getPath()).endsWith("/login.xhtml");
    assertThat(done.text()).contains("注册成功").contains(mobile);

    Page centre = browser.login(mobile, "Citizen2026");
    assertThat(centre.uri().getPath()).endsWith("/my/index.xhtml");
    assertThat(centre.html().getElementById("realName").text()).isEqualTo("李四");
    assertThat(centre.html().getElementById("residentId").text())
        .isEqualTo(id.substring(0, 4) + "**********" + id.substring(14))
        .doesNotContain(id.substring(6, 14));
  }

  @Test
  void aWrongCheckDigitIsExplainedAndTheFormKeepsItsInput() {
    String mobile = TestPeople.mobile();
    Page page =
        register(
            Map.of(
                "registerForm:mobile",
                mobile,
                "registerForm:residentId",
                TestPeople.withWrongCheckDigit(TestPeople.residentId())));

    assertThat(page.text()).contains("身份证号码不正确");
    assertThat(page.html().getElementById("registerForm:mobile").val()).isEqualTo(mobile);
    assertThat(new WebClient().login(mobile, "Citizen2026").text()).contains("账号或密码错误");
  }

  @Test
  void weakPasswordsAndTakenNumbersAreRefused() {
    assertThat(
            register(
                    Map.of(
                        "registerForm:password", "onlyletters",
                        "registerForm:passwordAgain", "onlyletters"))
                .text())
        .contains("密码须同时包含字母和数字");

    assertThat(register(Map.of("registerForm:mobile", "13800000001")).text())
        .contains("手机号 13800000001 已注册");

    assertThat(register(Map.of("registerForm:mobile", "12345")).text())
        .contains("手机号码须为以1开头的11位数字");
  }

  private Page register(Map<String, String> overrides) {
    Map<String, String> fields = new HashMap<>();
    fields.put("registerForm:realName", "李四");
    fields.put("registerForm:residentId", TestPeople.residentId());
    fields.put("registerForm:mobile", TestPeople.mobile());
    fields.put("registerForm:email", "");
    fields.put("registerForm:password", "Citizen2026");
    fields.put("registerForm:passwordAgain", "Citizen2026");
    fields.putAll(overrides);
    return browser.submit(
        browser.get("/register.xhtml"), "registerForm", fields, "registerForm:submit");
  }
}
