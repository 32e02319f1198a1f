package gov.approval.it.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.batch.republication.RepublicationOverrides;
import gov.approval.batch.republication.RepublicationRun;
import gov.approval.batch.republication.RepublicationService;
import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.NewItem;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.StubPlatform;
import gov.approval.it.support.StubPlatform.Answer;
import gov.approval.it.support.StubPlatform.Received;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestItems;
import gov.approval.it.support.Unique;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.republication.boundary.RepublicationItemRow;
import gov.approval.republication.boundary.RepublicationReport;
import gov.approval.republication.entity.Operation;
import gov.approval.republication.entity.RepublicationStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The list republication job in the real server against a stub provincial platform: a real HTTP
 * server started inside the server by the test. Each test first drains whatever earlier tests or
 * the demo left pending (an accepting stub), then publishes its own items, so the run's counts are
 * exactly its own changes.
 */
@ExtendWith(ArquillianExtension.class)
class RepublicationIT {

  private static final String API_KEY = "test-key";
  private static final String SECRET = "test-secret";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithBatch(RepublicationIT.class, StubPlatform.class);
  }

  @Inject RepublicationService republication;
  @Inject RepublicationReport report;
  @Inject CatalogueService catalogue;
  @Inject DepartmentService departments;
  @Inject SwitchUser switchUser;

  private StubPlatform stub;

  @BeforeEach
  void startStub() {
    stub = StubPlatform.start(API_KEY, SECRET);
  }

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  @ActAs("admin")
  void everyNewItemIsAcceptedWithItsFieldsKeyedAndSigned() {
    drain();
    List<Published> items = publish(3);

    RepublicationRun run = runToEnd(overrides(stub.url()));

    assertThat(run.batchStatus()).isEqualTo("COMPLETED");
    assertThat(run.readCount()).isEqualTo(3);
    assertThat(run.writeCount()).isEqualTo(3);
    assertThat(statuses(items)).allMatch(row -> row.status() == RepublicationStatus.ACCEPTED);
    assertThat(statuses(items)).allMatch(row -> row.attempts() == 1);
    assertThat(statuses(items)).allMatch(row -> row.operation() == Operation.NEW);
    assertThat(report.batchOf(run.executionId()).orElseThrow().acceptedCount()).isEqualTo(3);

    Published first = items.get(0);
    String key = keyOf(first);
    List<Received> requests = stub.receivedFor(key);
    assertThat(requests).hasSize(1);
    Received request = requests.get(0);
    assertThat(request.apiKey()).isEqualTo(API_KEY);
    assertThat(request.signatureValid()).isTrue();
    assertThat(request.batchNumber()).isEqualTo(run.batchNumber());
    JsonObject body = Json.createReader(new StringReader(request.body())).readObject();
    assertThat(body.getString("operation")).isEqualTo("NEW");
    assertThat(body.getString("batchNumber")).isEqualTo(run.batchNumber());
    assertThat(body.getString("idempotencyKey")).isEqualTo(key);
    JsonObject item = body.getJsonObject("item");
    assertThat(item.getString("implementationCode")).isEqualTo(first.code());
    assertThat(item.getString("name")).isEqualTo(first.name());
    assertThat(item.getInt("version")).isEqualTo(1);
    assertThat(item.getString("itemType")).isEqualTo("20");
    assertThat(item.getJsonObject("department").getString("code")).isEqualTo("FGW");
    assertThat(item.getString("regionLevel")).isEqualTo("CITY");
    assertThat(item.getJsonArray("lists").getString(0)).isEqualTo("PUBLIC_SERVICE");
    assertThat(item.getJsonArray("legalBases").getJsonObject(0).getString("law"))
        .isEqualTo("《企业投资项目核准和备案管理条例》");
    assertThat(item.getJsonArray("materials")).hasSize(2);
    assertThat(item.getJsonArray("materials").getJsonObject(1).getString("necessity"))
        .isEqualTo("DEFERRABLE");
    assertThat(item.getJsonArray("steps")).hasSize(4);
    assertThat(item.getInt("statutoryLimitDays")).isEqualTo(20);
    assertThat(item.getInt("promisedLimitDays")).isEqualTo(10);
    assertThat(item.getBoolean("charged")).isFalse();
    assertThat(item.getString("onlineLevel")).isEqualTo("PARTIAL");
    assertThat(item.getString("onlineDepth")).isEqualTo("III");
    assertThat(body.getJsonObject("change").getString("kind")).isEqualTo("PUBLISHED");
  }

  @Test
  @ActAs("admin")
  void aServerErrorIsRetriedAndTheSecondAttemptAccepted() {
    drain();
    List<Published> items = publish(2);
    stub.answering((request, attempt) -> attempt == 1 ? Answer.serverError() : Answer.accepted());

    RepublicationRun run = runToEnd(overrides(stub.url()));

    assertThat(run.batchStatus()).isEqualTo("COMPLETED");
    assertThat(run.readCount()).isEqualTo(2);
    assertThat(run.writeCount()).isEqualTo(2);
    assertThat(statuses(items))
        .allSatisfy(
            row -> {
              assertThat(row.status()).isEqualTo(RepublicationStatus.ACCEPTED);
              assertThat(row.attempts()).isEqualTo(2);
            });
    assertThat(stub.receivedFor(keyOf(items.get(0)))).hasSize(2);
  }

  @Test
  @ActAs("admin")
  void aRejectedItemDoesNotBlockTheOthersAndARerunSendsOnlyIt() {
    drain();
    List<Published> items = publish(3);
    String rejectedKey = keyOf(items.get(1));
    stub.answering(
        (request, attempt) ->
            request.idempotencyKey().equals(rejectedKey)
                ? Answer.rejected("基本编码未在国家目录中登记")
                : Answer.accepted());

    RepublicationRun run = runToEnd(overrides(stub.url()));

    assertThat(run.batchStatus()).isEqualTo("COMPLETED");
    assertThat(run.readCount()).isEqualTo(3);
    List<RepublicationItemRow> rows = statuses(items);
    assertThat(rows.get(0).status()).isEqualTo(RepublicationStatus.ACCEPTED);
    assertThat(rows.get(1).status()).isEqualTo(RepublicationStatus.REJECTED);
    assertThat(rows.get(1).message()).isEqualTo("基本编码未在国家目录中登记");
    assertThat(rows.get(1).attempts()).isEqualTo(1);
    assertThat(rows.get(2).status()).isEqualTo(RepublicationStatus.ACCEPTED);
    assertThat(report.batchOf(run.executionId()).orElseThrow().rejectedCount()).isEqualTo(1);

    stub.clear();
    stub.answering((request, attempt) -> Answer.accepted());
    RepublicationRun rerun = runToEnd(overrides(stub.url()));

    assertThat(rerun.batchStatus()).isEqualTo("COMPLETED");
    assertThat(rerun.readCount()).isEqualTo(1);
    assertThat(stub.received()).extracting(Received::idempotencyKey).containsExactly(rejectedKey);
    assertThat(statuses(items)).allMatch(row -> row.status() == RepublicationStatus.ACCEPTED);
  }

  @Test
  @ActAs("admin")
  void aTimeoutFailsTheItemAndARerunSendsOnlyWhatWasNotAccepted() {
    drain();
    List<Published> items = publish(3);
    String slowKey = keyOf(items.get(2));
    stub.answering(
        (request, attempt) ->
            request.idempotencyKey().equals(slowKey) ? Answer.late(4_000) : Answer.accepted());
    RepublicationOverrides timeout =
        new RepublicationOverrides(stub.url(), API_KEY, SECRET, 1, 2, 50L, null, null);

    RepublicationRun run = runToEnd(timeout);

    assertThat(run.batchStatus()).isEqualTo("COMPLETED");
    assertThat(run.readCount()).isEqualTo(3);
    assertThat(run.writeCount()).isEqualTo(3);
    List<RepublicationItemRow> rows = statuses(items);
    assertThat(rows.get(2).status()).isEqualTo(RepublicationStatus.FAILED);
    assertThat(rows.get(2).attempts()).isEqualTo(2);
    assertThat(rows.get(2).message()).contains("timeout");
    assertThat(rows.subList(0, 2)).allMatch(row -> row.status() == RepublicationStatus.ACCEPTED);
    assertThat(report.batchOf(run.executionId()).orElseThrow().failedCount()).isEqualTo(1);

    stub.clear();
    stub.answering((request, attempt) -> Answer.accepted());
    RepublicationRun rerun = runToEnd(overrides(stub.url()));

    assertThat(rerun.readCount()).isEqualTo(1);
    assertThat(stub.received()).extracting(Received::idempotencyKey).containsExactly(slowKey);
    RepublicationItemRow recovered = statuses(items).get(2);
    assertThat(recovered.status()).isEqualTo(RepublicationStatus.ACCEPTED);
    assertThat(recovered.attempts()).isEqualTo(3);
  }

  @Test
  @ActAs("admin")
  void twoRunsNeverSendAnAcceptedVersionTwiceButANewVersionIsSent() {
    drain();
    List<Published> items = publish(2);

    RepublicationRun first = runToEnd(overrides(stub.url()));
    RepublicationRun second = runToEnd(overrides(stub.url()));

    assertThat(first.readCount()).isEqualTo(2);
    assertThat(second.batchStatus()).isEqualTo("COMPLETED");
    assertThat(second.readCount()).isZero();
    assertThat(second.writeCount()).isZero();
    for (Published item : items) {
      assertThat(stub.receivedFor(keyOf(item))).hasSize(1);
    }

    Published changed = items.get(0);
    switchUser.to("fgw.chief");
    long draft =
        catalogue.startNewDraft(changed.itemId(), catalogue.details(changed.itemId()).version());
    long inReview = catalogue.submitForReview(changed.itemId(), draft);
    switchUser.to("fgw.head");
    catalogue.approve(changed.itemId(), inReview);
    switchUser.to("admin");
    stub.clear();

    RepublicationRun third = runToEnd(overrides(stub.url()));

    assertThat(third.readCount()).isEqualTo(1);
    assertThat(stub.received()).hasSize(1);
    JsonObject body =
        Json.createReader(new StringReader(stub.received().get(0).body())).readObject();
    assertThat(body.getString("operation")).isEqualTo("UPDATE");
    assertThat(body.getJsonObject("item").getInt("version")).isEqualTo(2);
  }

  @Test
  @ActAs("admin")
  void withoutAnEndpointThePayloadsAreWrittenAsFilesIntoTheExportFolder() throws IOException {
    drain();
    List<Published> items = publish(2);
    Path folder = Files.createTempDirectory("republication-it");
    RepublicationOverrides toFiles =
        new RepublicationOverrides("", null, null, null, null, null, folder.toString(), null);

    RepublicationRun run = runToEnd(toFiles);

    assertThat(run.batchStatus()).isEqualTo("COMPLETED");
    assertThat(run.readCount()).isEqualTo(2);
    assertThat(run.writeCount()).isEqualTo(2);
    assertThat(stub.received()).isEmpty();
    assertThat(statuses(items)).allMatch(row -> row.status() == RepublicationStatus.SENT);
    Path batchFolder = folder.resolve(run.batchNumber());
    for (Published item : items) {
      Path file = batchFolder.resolve(keyOf(item) + ".json");
      assertThat(file).exists();
      JsonObject body = Json.createReader(new StringReader(Files.readString(file))).readObject();
      assertThat(body.getJsonObject("item").getString("implementationCode")).isEqualTo(item.code());
      assertThat(body.getString("batchNumber")).isEqualTo(run.batchNumber());
    }
    assertThat(report.batchOf(run.executionId()).orElseThrow().toFiles()).isTrue();

    RepublicationRun again = runToEnd(toFiles);
    assertThat(again.readCount()).isZero();
    try (Stream<Path> batches = Files.list(folder)) {
      assertThat(batches).hasSize(1);
    }
  }

  @Test
  @ActAs("fgw.clerk1")
  void onlyJobManagersStartARun() {
    assertThatThrownBy(() -> republication.start()).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> report.batches(gov.approval.platform.boundary.PageRequest.of(0, 5)))
        .isInstanceOf(EJBAccessException.class);
  }

  // ------------------------------------------------------------------ helpers

  private record Published(Long itemId, String code, String name) {}

  private static RepublicationOverrides overrides(String url) {
    return new RepublicationOverrides(url, API_KEY, SECRET, 5, 3, 20L, null, null);
  }

  /** Hands everything pending so far to an accepting stub, so a test's run counts only its own. */
  private void drain() {
    try (StubPlatform accepting = StubPlatform.start(null, null)) {
      RepublicationRun run = runToEnd(RepublicationOverrides.toUrl(accepting.url()));
      assertThat(run.batchStatus()).isEqualTo("COMPLETED");
    }
  }

  private RepublicationRun runToEnd(RepublicationOverrides overrides) {
    long execution = republication.start(overrides);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    RepublicationRun run = republication.run(execution);
    while (!run.isFinished()) {
      assertThat(Instant.now()).as("run %d finishes", execution).isBefore(deadline);
      pause();
      run = republication.run(execution);
    }
    return run;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code count} public-service items of FGW, each published as version 1 (one change each). */
  private List<Published> publish(int count) {
    switchUser.to("fgw.chief");
    Long listId =
        catalogue.lists().stream()
            .filter(l -> l.code().equals("PUBLIC_SERVICE"))
            .map(ItemListRow::id)
            .findFirst()
            .orElseThrow();
    List<Published> published = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = "省级发布测试" + Unique.digits(6);
      ItemContent content =
          TestItems.licence(name).toBuilder().type(ItemType.PUBLIC_SERVICE).build();
      switchUser.to("fgw.chief");
      DraftSaved created =
          catalogue.create(
              new NewItem(
                  "20" + Unique.digits(8),
                  departments.idOfCode("FGW"),
                  RegionLevel.CITY,
                  Set.of(listId),
                  content));
      long inReview = catalogue.submitForReview(created.itemId(), created.version());
      switchUser.to("fgw.head");
      catalogue.approve(created.itemId(), inReview);
      published.add(
          new Published(
              created.itemId(), catalogue.details(created.itemId()).implementationCode(), name));
    }
    switchUser.to("admin");
    return published;
  }

  /** The status row of each item's first republished change, in the items' order. */
  private List<RepublicationItemRow> statuses(List<Published> items) {
    List<Long> changes =
        items.stream().map(item -> report.republishedChangesOf(item.itemId()).get(0)).toList();
    List<RepublicationItemRow> rows = report.forChanges(changes);
    assertThat(rows).hasSize(items.size());
    return rows;
  }

  /** The idempotency key of the item's first change (version 1 published), as documented. */
  private String keyOf(Published item) {
    return item.code() + "-v1-" + report.republishedChangesOf(item.itemId()).get(0);
  }
}
