package gov.approval.it.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests the runtime refuses before any resource runs (broken JSON, a body type or method the
 * address does not take, an unknown address) answer in the API's one error format, in the request's
 * language, like the refusals of the resources themselves.
 */
class ApiProblemsIT {

  @Test
  void brokenJsonIsABadRequestWithAMessage() {
    ApiClient api = citizen();

    ApiClient.Answer cut = api.raw("POST", "/api/my/cases", "application/json", "{\"itemCode\":");
    ApiClient.Answer array = api.raw("POST", "/api/my/cases", "application/json", "[1, 2]");

    for (ApiClient.Answer answer : new ApiClient.Answer[] {cut, array}) {
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.get("messageKey")).isEqualTo("api.problem.unreadableBody");
      assertThat((String) answer.get("detail")).contains("不是有效的 JSON");
    }
    assertThat(api.get("/api/my/cases").status()).isEqualTo(200);
  }

  @Test
  void aBodyTypeTheAddressDoesNotReadIsNamed() {
    ApiClient.Answer text =
        citizen().inLanguage("en").raw("POST", "/api/my/cases", "text/plain", "食品经营许可");

    assertThat(text.status()).isEqualTo(415);
    assertThat(text.contentType()).startsWith("application/problem+json");
    assertThat(text.get("messageKey")).isEqualTo("api.problem.unsupportedMediaType");
    assertThat(text.get("title")).isEqualTo("Unsupported media type");
  }

  @Test
  void aMethodTheAddressDoesNotHaveIsNamed() {
    ApiClient.Answer delete = citizen().delete("/api/my/cases");

    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.contentType()).startsWith("application/problem+json");
    assertThat(delete.get("messageKey")).isEqualTo("api.problem.methodNotAllowed");
    assertThat(delete.get("title")).isEqualTo("不支持的请求方法");
  }

  @Test
  void anUnknownAddressIsAProblemNotAPage() {
    ApiClient.Answer unknown = new ApiClient().get("/api/no-such-resource");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.get("messageKey")).isEqualTo("api.problem.noSuchAddress");
  }

  /** The demo citizen: these requests change nothing, so any citizen's token will do. */
  private static ApiClient citizen() {
    ApiClient.Answer issued =
        new ApiClient()
            .post("/api/tokens", Map.of("mobile", "13800000001", "password", "Demo@2026"));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return new ApiClient().withToken((String) issued.get("token"));
  }
}
