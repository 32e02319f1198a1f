package gov.approval.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient.Page;
import java.util.HashMap;
import java.util.Map;

/**
 * A citizen of a test's own who applies online over HTTP, in whichever language the client's
 * session has chosen: registers and logs in, starts a draft of an item, uploads every material and
 * submits.
 */
public final class OnlineApplicant {

  public static final String PASSWORD = "Citizen2026";

  private final WebClient browser;
  private String mobile;

  public OnlineApplicant(WebClient browser) {
    this.browser = browser;
  }

  /** Registers a new citizen named {@code realName} and logs in; returns the registration page. */
  public Page registerAndLogIn(String realName) {
    mobile = TestPeople.mobile();
    Map<String, String> fields = new HashMap<>();
    fields.put("registerForm:realName", realName);
    fields.put("registerForm:residentId", TestPeople.residentId());
    fields.put("registerForm:mobile", mobile);
    fields.put("registerForm:email", "");
    fields.put("registerForm:password", PASSWORD);
    fields.put("registerForm:passwordAgain", PASSWORD);
    Page registered =
        browser.submit(
            browser.get("/register.xhtml"), "registerForm", fields, "registerForm:submit");
    assertThat(browser.login(mobile, PASSWORD).uri().getPath())
        .as(registered.text())
        .endsWith("/my/index.xhtml");
    return registered;
  }

  /** The mobile number the citizen registered and logs in with. */
  public String mobile() {
    return mobile;
  }

  /** The apply page of the item with implementation code {@code code}. */
  public Page applyPage(String code) {
    return browser.get("/my/apply.xhtml?item=" + code);
  }

  /** Starts a draft from the apply page; returns the draft's page. */
  public Page draft(Page applyPage, String description) {
    // A browser sends the selected option of every select; this client sends only inputs.
    Page draft =
        browser.submit(
            applyPage,
            "applyForm",
            Map.of("applyForm:description", description, "applyForm:idType_input", "RESIDENT_ID"),
            "applyForm:start");
    assertThat(draft.html().getElementById("caseItem")).as(draft.text()).isNotNull();
    return draft;
  }

  /** Uploads a PDF for every material of the draft and submits it; returns the case's page. */
  public Page uploadAllAndSubmit(Page draft) {
    Page current = draft;
    int slots = draft.html().select(".material-slot").size();
    for (int slot = 0; slot < slots; slot++) {
      if (current.html().getElementById("materials:" + slot + ":upload") == null) {
        continue;
      }
      current =
          browser.upload(
              current,
              "materials:" + slot + ":upload",
              Map.of(),
              "material-" + slot + ".pdf",
              TestFiles.pdf("material " + slot),
              "materials:" + slot + ":upload:send");
    }
    Page submitted = browser.submit(current, "actionsForm", Map.of(), "actionsForm:submit");
    assertThat(submitted.html().getElementById("caseNumber")).as(submitted.text()).isNotNull();
    return submitted;
  }
}
