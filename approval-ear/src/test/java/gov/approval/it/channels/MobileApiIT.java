package gov.approval.it.channels;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.JsonClient;
import gov.approval.it.support.TestFiles;
import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API for mobile clients over HTTP: token login with its refusals, Bearer access to my cases,
 * applying (draft, multipart upload checked by content, submission), the progress query, policy
 * consultation, the one error format (problem+json with messageKey, Chinese or English by
 * Accept-Language), a token that never reads another citizen's case, and the OpenAPI document.
 */
class MobileApiIT {

  private static final String PASSWORD = "Citizen2026";

  @Test
  void aTokenIsIssuedForACitizensCredentialsOnly() {
    String mobile = newCitizen("卫" + TestPeople.mobile().substring(7));
    ApiClient api = new ApiClient();

    ApiClient.Answer wrong =
        api.post("/api/tokens", Map.of("mobile", mobile, "password", "Nope2026x"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
    assertThat(wrong.get("messageKey")).isEqualTo("api.token.wrongCredentials");
    assertThat(wrong.get("detail")).isEqualTo("手机号或密码不正确。");
    assertThat(wrong.get("status")).isEqualTo(401L);

    ApiClient.Answer english =
        new ApiClient()
            .inLanguage("en-GB,en;q=0.9,zh;q=0.5")
            .post("/api/tokens", Map.of("mobile", mobile, "password", "Nope2026x"));
    assertThat(english.get("messageKey")).isEqualTo("api.token.wrongCredentials");
    assertThat(english.get("detail")).isEqualTo("Mobile number or password is not correct.");

    ApiClient.Answer staff =
        api.post("/api/tokens", Map.of("mobile", "fgw.clerk1", "password", "Demo@2026"));
    assertThat(staff.status()).isEqualTo(401);
    assertThat(staff.get("messageKey")).isEqualTo("api.token.citizensOnly");

    ApiClient.Answer empty = api.post("/api/tokens", Map.of("mobile", mobile));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.get("messageKey")).isEqualTo("api.token.credentialsRequired");

    ApiClient.Answer issued =
        api.post("/api/tokens", Map.of("mobile", mobile, "password", PASSWORD));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    assertThat((String) issued.get("token")).hasSizeGreaterThan(30);
    assertThat(issued.get("tokenType")).isEqualTo("Bearer");

    ApiClient.Answer mine =
        new ApiClient().withToken((String) issued.get("token")).get("/api/my/cases");
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    assertThat(mine.get("total")).isEqualTo(0L);
    assertThat(mine.setCookie()).as("a token authenticates its request, no session").isEmpty();

    assertThat(api.withToken((String) issued.get("token")).delete("/api/tokens/current").status())
        .isEqualTo(204);
    ApiClient.Answer revoked =
        new ApiClient().withToken((String) issued.get("token")).get("/api/my/cases");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.get("messageKey")).isEqualTo("api.token.invalid");
  }

  @Test
  void myResourcesNeedAToken() {
    ApiClient.Answer none = new ApiClient().get("/api/my/cases");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.authenticate()).startsWith("Bearer");
    assertThat(none.get("messageKey")).isEqualTo("api.token.required");
    assertThat(none.get("detail")).asString().contains("请先登录");

    ApiClient.Answer forged =
        new ApiClient().withToken("not-a-real-token").inLanguage("en").get("/api/my/questions");
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.get("messageKey")).isEqualTo("api.token.invalid");
    assertThat(forged.get("detail")).asString().contains("invalid or has expired");
  }

  @Test
  void aCitizenAppliesThroughTheApiAndFollowsTheCase() {
    ApiClient api =
        new ApiClient().withToken(token(newCitizen("蒋" + TestPeople.mobile().substring(7))));
    String code = onlineItemCode();

    ApiClient.Answer noItem = api.post("/api/my/cases", Map.of("description", "x"));
    assertThat(noItem.status()).isEqualTo(400);
    assertThat(noItem.get("messageKey")).isEqualTo("api.my.itemCodeRequired");

    ApiClient.Answer draft =
        api.post("/api/my/cases", Map.of("itemCode", code, "description", "手机端申报"));
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertThat(draft.get("status")).isEqualTo("DRAFT");
    long id = ((Number) draft.get("id")).longValue();
    long version = ((Number) draft.get("version")).longValue();

    ApiClient.Answer notPdf =
        api.upload(
            "/api/my/cases/" + id + "/materials/0?version=" + version,
            "申请表.pdf",
            "只是文本".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(notPdf.status()).as(notPdf.body()).isEqualTo(422);
    assertThat((String) notPdf.get("messageKey")).startsWith("documents.");

    ApiClient.Answer uploaded =
        api.upload(
            "/api/my/cases/" + id + "/materials/0?version=" + version,
            "申请表.pdf",
            TestFiles.pdf("mobile application"));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    assertThat(uploaded.list("materials").get(0).get("fileName")).isEqualTo("申请表.pdf");

    ApiClient.Answer stale =
        api.post("/api/my/cases/" + id + "/submission?version=" + version, null);
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);

    long uploadedVersion = ((Number) uploaded.get("version")).longValue();
    ApiClient.Answer submitted =
        api.post("/api/my/cases/" + id + "/submission?version=" + uploadedVersion, null);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    String number = (String) submitted.get("number");
    String checkCode = (String) submitted.get("checkCode");
    assertThat(number).isNotBlank();

    ApiClient.Answer list = api.get("/api/my/cases?size=5");
    assertThat(list.list("items")).extracting(row -> row.get("number")).containsExactly(number);
    assertThat(api.get("/api/my/cases?size=500").get("messageKey"))
        .isEqualTo("api.problem.badParameters");

    ApiClient.Answer progress =
        new ApiClient().get("/api/progress?number=" + number + "&code=" + checkCode);
    assertThat(progress.status()).as(progress.body()).isEqualTo(200);
    assertThat(progress.get("status")).isEqualTo("SUBMITTED");
    assertThat(progress.body()).doesNotContain("蒋");
  }

  @Test
  void aTokenNeverReadsAnotherCitizensCase() {
    ApiClient owner =
        new ApiClient().withToken(token(newCitizen("沈" + TestPeople.mobile().substring(7))));
    ApiClient.Answer draft =
        owner.post("/api/my/cases", Map.of("itemCode", onlineItemCode(), "description", "我的"));
    long id = ((Number) draft.get("id")).longValue();
    long version = ((Number) draft.get("version")).longValue();
    assertThat(owner.get("/api/my/cases/" + id).status()).isEqualTo(200);

    ApiClient other =
        new ApiClient()
            .withToken(token(newCitizen("韩" + TestPeople.mobile().substring(7))))
            .inLanguage("en");
    ApiClient.Answer read = other.get("/api/my/cases/" + id);
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.get("messageKey")).isEqualTo("api.problem.notFoundMine");
    assertThat(read.get("detail")).isEqualTo("No such record of yours.");
    assertThat(read.body()).doesNotContain("我的");
    assertThat(other.get("/api/my/cases").get("total")).isEqualTo(0L);
    assertThat(
            other
                .upload(
                    "/api/my/cases/" + id + "/materials/0?version=" + version,
                    "a.pdf",
                    TestFiles.pdf("intruder"))
                .status())
        .isEqualTo(404);
    assertThat(other.post("/api/my/cases/" + id + "/submission?version=" + version, null).status())
        .isEqualTo(404);
  }

  @Test
  void theProgressQueryGivesOneAnswerForAnyWrongInput() {
    ApiClient.Answer wrong =
        new ApiClient().get("/api/progress?number=61050020990101000001&code=XXXXXX");
    assertThat(wrong.status()).isEqualTo(404);
    assertThat(wrong.get("messageKey")).isEqualTo("progress.mismatch");
    assertThat(wrong.get("detail")).isEqualTo("办件编号或查询码不正确");
  }

  @Test
  void consultationThroughTheApi() {
    ApiClient api =
        new ApiClient().withToken(token(newCitizen("杨" + TestPeople.mobile().substring(7))));

    ApiClient.Answer noText =
        api.inLanguage("en").post("/api/my/questions", Map.of("departmentCode", "FGW", "text", ""));
    assertThat(noText.status()).as(noText.body()).isEqualTo(400);
    assertThat(noText.get("messageKey")).isEqualTo("api.problem.badParameters");
    assertThat(noText.list("invalidParams"))
        .extracting(p -> p.get("reason"))
        .contains("Please write your question.");

    ApiClient.Answer asked =
        api.inLanguage("zh-CN")
            .post(
                "/api/my/questions",
                Map.of("departmentCode", "FGW", "text", "光伏项目备案要多久？", "consentToPublish", true));
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(asked.get("status")).isEqualTo("OPEN");
    assertThat((String) asked.get("dueOn")).matches("\\d{4}-\\d{2}-\\d{2}");

    ApiClient.Answer mine = api.get("/api/my/questions");
    assertThat(mine.list("items")).extracting(q -> q.get("text")).containsExactly("光伏项目备案要多久？");

    ApiClient.Answer whom = api.post("/api/my/questions", Map.of("text", "问谁？"));
    assertThat(whom.status()).isEqualTo(422);
    assertThat(whom.get("messageKey")).isEqualTo("consultation.question.whom");
  }

  @Test
  void theOpenApiDocumentListsTheMobileApi() {
    URI base = URI.create(WebClient.BASE);
    JsonClient.Answer document =
        new JsonClient().get(base.getScheme() + "://" + base.getAuthority() + "/openapi");
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.text())
        .contains("/api/tokens")
        .contains("/api/my/cases")
        .contains("/api/my/cases/{id}/materials/{position}")
        .contains("/api/progress")
        .contains("/api/my/questions")
        .contains("messageKey");
  }

  // ------------------------------------------------------------------ helpers

  private static String token(String mobile) {
    ApiClient.Answer issued =
        new ApiClient().post("/api/tokens", Map.of("mobile", mobile, "password", PASSWORD));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return (String) issued.get("token");
  }

  private static String onlineItemCode() {
    JsonClient.Answer items = new JsonClient().get("/api/items?online=FULL&size=1");
    List<Map<String, Object>> rows = items.list("items");
    assertThat(rows).isNotEmpty();
    return (String) rows.get(0).get("implementationCode");
  }

  private static String newCitizen(String realName) {
    String mobile = TestPeople.mobile();
    Map<String, String> fields = new HashMap<>();
    fields.put("registerForm:realName", realName);
    fields.put("registerForm:residentId", TestPeople.residentId());
    fields.put("registerForm:mobile", mobile);
    fields.put("registerForm:email", "");
    fields.put("registerForm:password", PASSWORD);
    fields.put("registerForm:passwordAgain", PASSWORD);
    WebClient web = new WebClient();
    Page registered =
        web.submit(web.get("/register.xhtml"), "registerForm", fields, "registerForm:submit");
    assertThat(registered.text()).contains("注册成功");
    return mobile;
  }
}
