package gov.approval.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Outside benchmark mode (every deployment but bench/run.sh's) the baselines are not there. */
class BenchmarkModeIT {

  @Test
  void theBaselinePageIsNotFoundOutsideBenchmarkMode() {
    Page trivial = new WebClient().get("/bench/trivial.xhtml");

    assertThat(trivial.status()).isEqualTo(404);
    assertThat(trivial.text()).contains("页面不存在").doesNotContain("ok");
  }

  @Test
  void theBackOfficeBaselineAsksForALoginAndIsNotFoundOutsideBenchmarkModeEvenForStaff() {
    WebClient anonymous = new WebClient();
    Page login = anonymous.get("/bench/staff.xhtml");
    assertThat(login.uri().getPath()).endsWith("/login.xhtml");

    WebClient clerk = new WebClient();
    clerk.login("fgw.clerk1", "Demo@2026");
    Page shell = clerk.get("/bench/staff.xhtml");

    assertThat(shell.status()).isEqualTo(404);
    assertThat(shell.text()).contains("页面不存在").doesNotContain("ok");
  }

  @Test
  void theApiBaselinesAreNotFoundOutsideBenchmarkMode() throws IOException, InterruptedException {
    HttpClient http = WebClient.httpClient().build();
    URI api = URI.create(WebClient.BASE + "/");

    int ping = status(http, HttpRequest.newBuilder(api.resolve("api/bench/ping")).build());
    int insert =
        status(
            http,
            HttpRequest.newBuilder(api.resolve("api/bench/insert"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    int sample = status(http, HttpRequest.newBuilder(api.resolve("api/bench/sample-case")).build());

    assertThat(new int[] {ping, insert, sample}).containsOnly(404);
  }

  private static int status(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void readinessDoesNotWaitForBenchmarkDataOutsideBenchmarkMode()
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        WebClient.httpClient()
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(WebClient.BASE).resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"benchmark-data\"");
  }
}
