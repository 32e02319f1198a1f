package gov.approval.it.channels;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Policy consultation over HTTP: from the item guide's "我要咨询" a citizen asks, the owning
 * department's clerk answers and publishes on the guide, the citizen reads the answer and the
 * anonymous public reads the FAQ; bad input gets a message; another department's clerk cannot open
 * the question; the supervisors' overdue page answers.
 */
class ConsultationPagesIT {

  private static final String PASSWORD = "Citizen2026";

  @Test
  void fromTheGuideToAnAnswerPublishedOnTheGuide() {
    String code = itemCode("结婚");
    WebClient citizen = new WebClient();
    String name = "冯" + TestPeople.mobile().substring(7);
    loginAsNewCitizen(citizen, name);

    Page guide = citizen.get("/item.xhtml?code=" + code);
    Element ask = guide.html().getElementById("askQuestion");
    assertThat(ask).isNotNull();
    Page form = citizen.get(ask.absUrl("href"));
    assertThat(form.html().getElementById("askForm:itemName").text()).isEqualTo("内地居民结婚登记");

    Page empty = citizen.submit(form, "askForm", Map.of("askForm:text", " "), "askForm:ask");
    assertThat(empty.text()).contains("请填写咨询内容");

    String unique = "再婚需要带离婚证吗" + TestPeople.mobile().substring(5);
    Page asked =
        citizen.submit(
            form,
            "askForm",
            Map.of("askForm:text", unique + "？我叫" + name, "askForm:consent", "on"),
            "askForm:ask");
    assertThat(asked.text()).contains("咨询已提交，答复期限为");
    assertThat(asked.html().select("#questionsForm\\:questions .question-text").eachText())
        .anyMatch(t -> t.contains(unique));
    assertThat(asked.html().select("#questionsForm\\:questions").text()).contains("待答复");

    WebClient other = new WebClient();
    other.login("gsj.clerk1", "Demo@2026");
    assertThat(other.get("/staff/questions.xhtml").text()).doesNotContain(unique);

    WebClient clerk = new WebClient();
    clerk.login("mzj.clerk1", "Demo@2026");
    Page list = clerk.get("/staff/questions.xhtml");
    Element link =
        list.html().select("a.open-question").stream()
            .filter(a -> a.text().contains(unique))
            .findFirst()
            .orElseThrow(() -> new AssertionError(list.text()));
    String id = queryParameter(URI.create(link.absUrl("href")), "id");
    Page refused = other.get("/staff/questions.xhtml?id=" + id);
    assertThat(refused.text()).doesNotContain(unique);
    assertThat(refused.html().getElementById("answerForm")).isNull();

    Page question = clerk.get("/staff/questions.xhtml?id=" + id);
    assertThat(question.html().getElementById("asker").text()).isEqualTo(name);
    Page answered =
        clerk.submit(
            question,
            "answerForm",
            Map.of("answerForm:answer", "需要携带离婚证或离婚判决书。"),
            "answerForm:send");
    assertThat(answered.text()).contains("已答复");
    Page published =
        clerk.submit(
            answered,
            "publishForm",
            Map.of("publishForm:publishedQuestion", unique + "？"),
            "publishForm:publish");
    assertThat(published.html().getElementById("publishedNote")).as(published.text()).isNotNull();

    Page mine = citizen.get("/my/questions.xhtml");
    assertThat(mine.html().select("#questionsForm\\:questions .answer-text").eachText())
        .contains("需要携带离婚证或离婚判决书。");

    Page publicGuide = new WebClient().get("/item.xhtml?code=" + code);
    assertThat(publicGuide.html().select("#citizenFaq").text())
        .contains(unique + "？", "需要携带离婚证或离婚判决书。")
        .doesNotContain(name);
  }

  @Test
  void aPolicyQuestionNeedsADepartmentAndSpeaksEnglishToo() {
    WebClient citizen = new WebClient();
    loginAsNewCitizen(citizen, "韩" + TestPeople.mobile().substring(7));
    Page form = citizen.get("/my/questions.xhtml");

    Page noDepartment =
        citizen.submit(form, "askForm", Map.of("askForm:text", "有什么补贴？"), "askForm:ask");
    assertThat(noDepartment.text()).contains("请选择咨询的事项或部门");

    Page english =
        citizen.submit(
            citizen.get("/my/questions.xhtml"),
            "portalHeaderForm",
            Map.of(),
            "portalHeaderForm:language");
    Page refused =
        citizen.submit(english, "askForm", Map.of("askForm:text", "Any grants?"), "askForm:ask");
    assertThat(refused.text())
        .contains("Please choose the service or the department you are asking");

    Page asked =
        citizen.submit(
            refused,
            "askForm",
            Map.of("askForm:text", "Any grants?", "askForm:department", "FGW"),
            "askForm:ask");
    assertThat(asked.text()).contains("Your question was sent; the answer is due by");
  }

  @Test
  void supervisorsHaveTheOverduePage() {
    WebClient supervisor = new WebClient();
    supervisor.login("supervisor", "Demo@2026");
    Page overdue = supervisor.get("/staff/questions-overdue.xhtml");
    assertThat(overdue.status()).isEqualTo(200);
    assertThat(overdue.text()).contains("超期未答复咨询");
  }

  private static String itemCode(String search) {
    Page items =
        new WebClient().get("/items.xhtml?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    Element first = items.html().selectFirst("a.item-name");
    assertThat(first).isNotNull();
    return queryParameter(URI.create(first.absUrl("href")), "code");
  }

  private static void loginAsNewCitizen(WebClient client, String realName) {
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
