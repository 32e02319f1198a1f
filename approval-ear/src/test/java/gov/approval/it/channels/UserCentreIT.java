package gov.approval.it.channels;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.TestFiles;
import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The user centre over HTTP: profile and contact change, password change with its messages, my
 * drafts, and my notices (only my own, each a readable PDF). Each test registers its own citizen,
 * except where the demo citizen's notices are read.
 */
class UserCentreIT {

  private static final String PASSWORD = "Citizen2026";

  private final WebClient browser = new WebClient();

  @Test
  void theProfileShowsRealNameDataAndTheContactAddressCanBeChanged() {
    String mobile = loginAsNewCitizen("赵" + TestPeople.mobile().substring(7));
    Page home = browser.get("/my/index.xhtml");
    assertThat(home.html().getElementById("mobile").text()).isEqualTo(mobile);
    assertThat(home.html().getElementById("residentId").text()).contains("*");

    Page wrong =
        browser.submit(
            home,
            "contactForm",
            Map.of("contactForm:newEmail", "kein-mail"),
            "contactForm:saveEmail");
    assertThat(wrong.text()).contains("电子邮箱格式不正确");

    Page saved =
        browser.submit(
            home,
            "contactForm",
            Map.of("contactForm:newEmail", mobile + "@mail.example.cn"),
            "contactForm:saveEmail");
    assertThat(saved.text()).contains("联系方式已保存");
    assertThat(browser.get("/my/index.xhtml").html().getElementById("email").text())
        .isEqualTo(mobile + "@mail.example.cn");
  }

  @Test
  void passwordChangeChecksTheOldPasswordAndTheRules() {
    String mobile = loginAsNewCitizen("钱" + TestPeople.mobile().substring(7));
    Page home = browser.get("/my/index.xhtml");

    assertThat(changePassword(home, "Wrong2026x", "Better2027x").text()).contains("当前密码不正确");
    assertThat(changePassword(home, PASSWORD, "short1").text()).contains("密码长度须为8至64位");
    assertThat(changePassword(home, PASSWORD, "onlyletters").text()).contains("密码须同时包含字母和数字");
    assertThat(changePassword(home, PASSWORD, "Better2027x").text()).contains("密码已修改");

    WebClient again = new WebClient();
    assertThat(again.login(mobile, "Better2027x").uri().getPath()).endsWith("/my/index.xhtml");
  }

  @Test
  void myDraftsAreListedUntilSubmitted() {
    loginAsNewCitizen("孙" + TestPeople.mobile().substring(7));
    assertThat(browser.get("/my/index.xhtml").html().getElementById("drafts").text())
        .contains("没有未提交的申请");

    Page draft = newDraft();
    String itemName = draft.html().getElementById("caseItem").text();

    Page home = browser.get("/my/index.xhtml");
    List<String> drafts = home.html().select("#drafts li a").eachText();
    assertThat(drafts).hasSize(1);
    assertThat(itemName).contains(drafts.get(0));
    String href = home.html().selectFirst("#drafts li a").attr("href");
    assertThat(href).contains("/my/case.xhtml?id=" + queryParameter(draft.uri(), "id"));
  }

  @Test
  void myNoticesListTheOfficialNoticesOfMyCasesOnly() {
    loginAsNewCitizen("李" + TestPeople.mobile().substring(7));
    Page draft = newDraft();
    Page uploaded =
        browser.upload(
            draft,
            "materials:0:upload",
            Map.of(),
            "申请报告.pdf",
            TestFiles.pdf("notices"),
            "materials:0:upload:send");
    Page submitted = browser.submit(uploaded, "actionsForm", Map.of(), "actionsForm:submit");
    String number = submitted.html().getElementById("caseNumber").text();

    Page notices = browser.get("/my/notices.xhtml");
    assertThat(notices.status()).isEqualTo(200);
    List<Element> links = notices.html().select("a.notice-link");
    assertThat(links).as(notices.text()).hasSize(1);
    assertThat(notices.html().getElementById("noticesForm:notices").text())
        .contains(number)
        .contains("网上申报");
    String file = links.get(0).attr("href");
    file = file.substring(file.indexOf("/files/"));
    assertThat(browser.get(file).status()).isEqualTo(200);

    WebClient other = new WebClient();
    loginAsNewCitizen(other, "周" + TestPeople.mobile().substring(7));
    Page theirs = other.get("/my/notices.xhtml");
    assertThat(theirs.text()).contains("您的办件还没有文书").doesNotContain(number);
    assertThat(other.get(file).status()).isNotEqualTo(200);
  }

  @Test
  void theUserCentreNeedsALogin() {
    Page notices = new WebClient().get("/my/notices.xhtml");
    assertThat(notices.uri().getPath()).endsWith("/login.xhtml");
  }

  private Page changePassword(Page home, String current, String next) {
    return browser.submit(
        home,
        "passwordForm",
        Map.of("passwordForm:current", current, "passwordForm:next", next),
        "passwordForm:change");
  }

  private String loginAsNewCitizen(String realName) {
    return loginAsNewCitizen(browser, realName);
  }

  private static String loginAsNewCitizen(WebClient client, String realName) {
    String mobile = TestPeople.mobile();
    Map<String, String> fields = new HashMap<>();
    fields.put("registerForm:realName", realName);
    fields.put("registerForm:residentId", TestPeople.residentId());
    fields.put("registerForm:mobile", mobile);
    fields.put("registerForm:email", "");
    fields.put("registerForm:password", PASSWORD);
    fields.put("registerForm:passwordAgain", PASSWORD);
    WebClient fresh = new WebClient();
    Page registered =
        fresh.submit(fresh.get("/register.xhtml"), "registerForm", fields, "registerForm:submit");
    assertThat(registered.text()).contains("注册成功");
    assertThat(client.login(mobile, PASSWORD).uri().getPath()).endsWith("/my/index.xhtml");
    return mobile;
  }

  private Page newDraft() {
    Page items = new WebClient().get("/items.xhtml?online=FULL");
    Element first = items.html().selectFirst("a.item-name");
    assertThat(first).isNotNull();
    String code = queryParameter(URI.create(first.absUrl("href")), "code");
    Page guide = browser.get("/item.xhtml?code=" + code);
    Page form = browser.get(guide.html().getElementById("applyOnline").absUrl("href"));
    Page draft =
        browser.submit(
            form,
            "applyForm",
            Map.of("applyForm:description", "用户中心草稿", "applyForm:idType_input", "RESIDENT_ID"),
            "applyForm:start");
    assertThat(draft.html().getElementById("caseItem")).as(draft.text()).isNotNull();
    return draft;
  }

  private static String queryParameter(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) {
        return kv[1];
      }
    }
    throw new AssertionError("no " + name + " in " + uri);
  }
}
