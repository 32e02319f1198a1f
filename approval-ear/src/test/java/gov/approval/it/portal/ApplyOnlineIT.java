package gov.approval.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.TestFiles;
import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A citizen applies online over HTTP as a browser without JavaScript would: from an item guide to
 * the draft, a material upload, submission with number and check code, the case list; another
 * citizen cannot see the case; the public progress query with the right and a wrong check code and
 * its limit on failed queries. Progress queries come from their own loopback address each (the
 * limit counts per client address), so the tests do not depend on each other.
 */
class ApplyOnlineIT {

  private static final String PASSWORD = "Citizen2026";

  private final WebClient browser = new WebClient();

  @Test
  void aCitizenAppliesUploadsSubmitsAndFindsTheCaseInTheirList() {
    String name = "王" + TestPeople.mobile().substring(7);
    loginAsNewCitizen(name);

    Page draft = newDraft();
    assertThat(draft.uri().getPath()).as(draft.text()).endsWith("/my/case.xhtml");
    assertThat(draft.html().getElementById("status").text()).isEqualTo("草稿");
    assertThat(draft.html().getElementById("missing").text()).contains("以下必要材料尚未上传");

    Page uploaded =
        browser.upload(
            draft,
            "materials:0:upload",
            Map.of(),
            "申请报告.pdf",
            TestFiles.pdf("apply " + name),
            "materials:0:upload:send");
    assertThat(uploaded.text()).as(uploaded.text()).contains("已上传“申请报告.pdf”").contains("申请报告.pdf");

    Page submitted = browser.submit(uploaded, "actionsForm", Map.of(), "actionsForm:submit");
    assertThat(submitted.html().getElementById("caseNumber")).as(submitted.text()).isNotNull();
    String number = submitted.html().getElementById("caseNumber").text();
    String checkCode = submitted.html().getElementById("checkCode").text();
    assertThat(number).isNotBlank();
    assertThat(checkCode).isNotBlank();
    assertThat(submitted.html().getElementById("status").text()).isEqualTo("已提交");
    assertThat(submitted.text()).contains("请妥善保存办件编号和查询码");

    Page list = browser.get("/my/cases.xhtml");
    assertThat(list.html().getElementById("casesForm:cases"))
        .as(list.status() + " " + list.text())
        .isNotNull();
    assertThat(list.html().getElementById("casesForm:cases").text())
        .contains(number)
        .contains("已提交");

    String caseId = queryParameter(draft.uri(), "id");
    WebClient other = new WebClient();
    other.login("13800000001", "Demo@2026");
    assertThat(other.get("/my/case.xhtml?id=" + caseId).status()).isEqualTo(404);

    Document progress = progress(freshClientAddress(), number, checkCode);
    assertThat(progress.getElementById("resultStatus").text()).isEqualTo("已提交");
    assertThat(progress.getElementById("resultNumber").text()).isEqualTo(number);
    assertThat(progress.getElementById("timeline").text()).contains("网上申报");
    assertThat(progress.text()).doesNotContain(name).doesNotContain("办件编号或查询码不正确");

    String wrongCode = checkCode.equals("00000000") ? "11111111" : "00000000";
    Document wrong = progress(freshClientAddress(), number, wrongCode);
    assertThat(wrong.text()).contains("办件编号或查询码不正确");
    assertThat(wrong.getElementById("progressResult")).isNull();
    Document unknown = progress(freshClientAddress(), number + "9", checkCode);
    assertThat(unknown.text()).contains("办件编号或查询码不正确");
  }

  @Test
  void aRenamedExecutableIsRefusedWithAChineseMessage() {
    loginAsNewCitizen("赵" + TestPeople.mobile().substring(8));
    Page draft = newDraft();
    byte[] executable = new byte[512];
    executable[0] = 'M';
    executable[1] = 'Z';

    Page refused =
        browser.upload(
            draft,
            "materials:0:upload",
            Map.of(),
            "setup.pdf",
            executable,
            "materials:0:upload:send");

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.text()).contains("文件内容不是允许的类型");
    assertThat(refused.html().getElementById("status").text()).isEqualTo("草稿");
    assertThat(refused.text()).doesNotContain("setup.pdf”");
  }

  @Test
  void anAnonymousVisitorIsSentToTheLoginFirst() {
    Page page = new WebClient().get("/my/apply.xhtml?item=" + onlineItemCode());

    assertThat(page.uri().getPath()).endsWith("/login.xhtml");
    assertThat(page.html().getElementById("loginForm")).isNotNull();
  }

  @Test
  void aClientIsRefusedAfterTenFailedQueries() {
    String client = freshClientAddress();
    for (int i = 0; i < 10; i++) {
      Document failed = progress(client, "NOSUCHCASE" + i, "12345678");
      assertThat(failed.text()).contains("办件编号或查询码不正确");
    }

    Document blocked = progress(client, "NOSUCHCASE", "12345678");

    assertThat(blocked.text()).contains("查询失败次数过多").doesNotContain("办件编号或查询码不正确");
    assertThat(progress(freshClientAddress(), "NOSUCHCASE", "12345678").text())
        .contains("办件编号或查询码不正确");
  }

  private void loginAsNewCitizen(String realName) {
    String mobile = TestPeople.mobile();
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
    assertThat(registered.text()).contains("注册成功");
    assertThat(browser.login(mobile, PASSWORD).uri().getPath()).endsWith("/my/index.xhtml");
  }

  /** From the catalogue's online items to the guide, "在线申报", the form, and the draft. */
  private Page newDraft() {
    Page guide = browser.get("/item.xhtml?code=" + onlineItemCode());
    Element apply = guide.html().getElementById("applyOnline");
    assertThat(apply).as("在线申报 on the guide").isNotNull();
    Page form = browser.get(apply.absUrl("href"));
    assertThat(form.html().getElementById("applyForm:name").val()).isNotBlank();
    // A browser sends the selected option of every select; this client sends only inputs.
    Page draft =
        browser.submit(
            form,
            "applyForm",
            Map.of("applyForm:description", "新建厂房项目", "applyForm:idType_input", "RESIDENT_ID"),
            "applyForm:start");
    assertThat(draft.html().getElementById("caseItem")).as(draft.text()).isNotNull();
    return draft;
  }

  private String onlineItemCode() {
    Page items = new WebClient().get("/items.xhtml?online=FULL");
    Element first = items.html().selectFirst("a.item-name");
    assertThat(first).as("a published item that can be done fully online").isNotNull();
    return queryParameter(URI.create(first.absUrl("href")), "code");
  }

  private static String queryParameter(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(
            pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + uri);
  }

  /** A loopback address of its own (127.x.y.z), so the limit of one test does not touch another. */
  private static String freshClientAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "127."
        + random.nextInt(1, 255)
        + "."
        + random.nextInt(0, 256)
        + "."
        + random.nextInt(2, 255);
  }

  /** GET /progress.xhtml from the local address {@code client}: a stateless page, no cookies. */
  private static Document progress(String client, String number, String code) {
    URI base = URI.create(WebClient.BASE);
    String path =
        base.getPath()
            + "/progress.xhtml?number="
            + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "&code="
            + URLEncoder.encode(code, StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(client, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nAccept-Language: zh-CN\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      in.transferTo(response);
      String text = response.toString(StandardCharsets.UTF_8);
      assertThat(text).startsWith("HTTP/1.1 200");
      return Jsoup.parse(text.substring(text.indexOf("\r\n\r\n") + 4), WebClient.BASE);
    } catch (IOException e) {
      throw new IllegalStateException("progress query failed: " + e.getMessage(), e);
    }
  }
}
