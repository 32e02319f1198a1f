package gov.approval.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient.Page;
import java.util.HashMap;
import java.util.Map;

/** Citizens registered through the portal's registration form, as a visitor would. */
public final class WebCitizens {

  private WebCitizens() {}

  /** Registers a new citizen (new mobile, valid resident ID, no e-mail); returns the mobile. */
  public static String register(WebClient web, String realName, String password) {
    String mobile = TestPeople.mobile();
    Map<String, String> fields = new HashMap<>();
    fields.put("registerForm:realName", realName);
    fields.put("registerForm:residentId", TestPeople.residentId());
    fields.put("registerForm:mobile", mobile);
    fields.put("registerForm:email", "");
    fields.put("registerForm:password", password);
    fields.put("registerForm:passwordAgain", password);
    Page registered =
        web.submit(web.get("/register.xhtml"), "registerForm", fields, "registerForm:submit");
    assertThat(registered.text()).contains("注册成功");
    return mobile;
  }
}
