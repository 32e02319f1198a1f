package gov.approval.it.container;

import static gov.approval.it.support.TestItems.licence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.catalogue.boundary.AttachmentRow;
import gov.approval.catalogue.boundary.AttachmentsView;
import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.ChangeRow;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.GuideAttachments;
import gov.approval.catalogue.boundary.ItemAttachmentService;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.NewItem;
import gov.approval.catalogue.boundary.WindowAssignmentRow;
import gov.approval.catalogue.entity.AttachmentKind;
import gov.approval.catalogue.entity.ItemChangeKind;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.documents.boundary.FileService;
import gov.approval.documents.boundary.Upload;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestFiles;
import gov.approval.it.support.Unique;
import gov.approval.it.support.WebClient;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files and windows of items in the real server, as the demo users who use them: a department head
 * uploads on drafts (checked by content), the hall office publishes, the files go with each new
 * draft and stay on the published version; the download endpoint of the deployed platform serves a
 * published file to anyone and refuses a draft's file to an anonymous visitor.
 */
@ExtendWith(ArquillianExtension.class)
class ItemAttachmentsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(ItemAttachmentsIT.class, TestFiles.class, WebClient.class);
  }

  @Inject CatalogueService catalogue;
  @Inject ItemAttachmentService attachments;
  @Inject FileService files;
  @Inject DepartmentService departments;
  @Inject SwitchUser switchUser;
  @Inject HttpServletRequest request;

  @Test
  @ActAs("fgw.head")
  void filesAreCheckedByContentChangeOnlyOnADraftAndGoWithTheNewDraft() throws Exception {
    DraftSaved created = catalogue.create(newItem("FGW", "投资项目附件测试" + Unique.digits(6)));
    Long id = created.itemId();
    byte[] form = TestFiles.pdf("form " + Unique.digits(8));

    AttachmentRow blank =
        attachments.attach(id, AttachmentKind.BLANK_FORM, 0, new Upload("申请表.pdf", form));
    attachments.attach(id, AttachmentKind.SAMPLE, 1, new Upload("样本.png", TestFiles.png()));
    attachments.attach(
        id, AttachmentKind.RESULT_SAMPLE, null, new Upload("批复样本.pdf", TestFiles.pdf("result")));

    assertThat(blank.mediaType()).isEqualTo("application/pdf");
    assertThat(blank.originalName()).isEqualTo("申请表.pdf");
    assertThat(blank.storageName()).doesNotContain("申请表");
    assertThatThrownBy(
            () ->
                attachments.attach(
                    id, AttachmentKind.BLANK_FORM, 1, new Upload("伪装.pdf", TestFiles.png())))
        .as("a PNG named .pdf is a PNG, and no blank form")
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("documents.file.typeNotAllowed");
              assertThat(e.getArguments()).first().isEqualTo("PNG");
            });
    assertThatThrownBy(
            () ->
                attachments.attach(
                    id, AttachmentKind.SAMPLE, 5, new Upload("x.pdf", TestFiles.pdf("x"))))
        .isInstanceOf(BusinessException.class)
        .hasMessage("catalogue.attachment.noSuchMaterial");

    AttachmentsView draft = attachments.view(id);
    assertThat(draft.filesEditable()).isTrue();
    assertThat(draft.attachments())
        .extracting(AttachmentRow::kind, AttachmentRow::materialPosition)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(AttachmentKind.BLANK_FORM, 0),
            org.assertj.core.groups.Tuple.tuple(AttachmentKind.SAMPLE, 1),
            org.assertj.core.groups.Tuple.tuple(AttachmentKind.RESULT_SAMPLE, null));

    // A new upload into the same slot replaces the file there.
    attachments.attach(
        id, AttachmentKind.BLANK_FORM, 0, new Upload("申请表（新）.pdf", TestFiles.pdf("new")));
    assertThat(attachments.view(id).attachments())
        .filteredOn(a -> a.kind() == AttachmentKind.BLANK_FORM)
        .extracting(AttachmentRow::originalName)
        .containsExactly("申请表（新）.pdf");

    long version = catalogue.submitForReview(id, attachments.view(id).itemVersion());
    assertThat(attachments.view(id).filesEditable()).isFalse();
    assertThatThrownBy(
            () ->
                attachments.attach(
                    id, AttachmentKind.SAMPLE, 0, new Upload("s.pdf", TestFiles.pdf("s"))))
        .as("a version in review takes no files")
        .isInstanceOf(BusinessException.class)
        .hasMessage("catalogue.attachment.notDraft");

    switchUser.to("halladmin");
    catalogue.approve(id, version);
    switchUser.to("fgw.head");
    assertThatThrownBy(
            () ->
                attachments.attach(
                    id, AttachmentKind.SAMPLE, 0, new Upload("s.pdf", TestFiles.pdf("s"))))
        .as("a published version takes no files")
        .isInstanceOf(BusinessException.class)
        .hasMessage("catalogue.attachment.noDraft");
    List<AttachmentRow> published = attachments.published(id).attachments();
    assertThat(published).hasSize(3);

    catalogue.startNewDraft(id, catalogue.details(id).version());
    AttachmentsView second = attachments.view(id);
    assertThat(second.versionNumber()).isEqualTo(2);
    assertThat(second.versionStatus()).isEqualTo(VersionStatus.DRAFT);
    assertThat(second.attachments())
        .as("the new draft starts with the published version's files")
        .extracting(AttachmentRow::storageName)
        .containsExactlyInAnyOrderElementsOf(
            published.stream().map(AttachmentRow::storageName).toList());

    AttachmentRow sample =
        second.attachments().stream()
            .filter(a -> a.kind() == AttachmentKind.SAMPLE)
            .findFirst()
            .orElseThrow();
    attachments.remove(id, sample.id());
    assertThat(attachments.view(id).attachments()).hasSize(2);
    assertThat(attachments.published(id).attachments())
        .as("the published version keeps its files")
        .hasSize(3);
  }

  @Test
  @ActAs("fgw.head")
  void anotherDepartmentsEditorCannotTouchTheFiles() {
    DraftSaved created = catalogue.create(newItem("FGW", "越权附件测试" + Unique.digits(6)));

    switchUser.to("gsj.head");
    assertThatThrownBy(
            () ->
                attachments.attach(
                    created.itemId(),
                    AttachmentKind.BLANK_FORM,
                    0,
                    new Upload("a.pdf", TestFiles.pdf("a"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(attachments.view(created.itemId()).filesEditable()).isFalse();
  }

  @Test
  @ActAs("fgw.head")
  void windowsAreAssignedPerItemWrittenToTheHistoryAndShownToThePublic() {
    DraftSaved created = catalogue.create(newItem("FGW", "窗口分配测试" + Unique.digits(6)));
    Long id = created.itemId();
    List<WindowAssignmentRow> choices = attachments.windowChoices();
    assertThat(choices).hasSizeGreaterThanOrEqualTo(2);
    Set<Long> two =
        new LinkedHashSet<>(List.of(choices.get(0).windowId(), choices.get(1).windowId()));

    long version = attachments.assignWindows(id, attachments.view(id).itemVersion(), two);

    assertThat(attachments.view(id).windows())
        .extracting(WindowAssignmentRow::windowId)
        .containsExactlyInAnyOrderElementsOf(two);
    assertThat(catalogue.history(id))
        .extracting(ChangeRow::kind)
        .first()
        .isEqualTo(ItemChangeKind.WINDOWS_CHANGED);
    assertThatThrownBy(() -> attachments.assignWindows(id, version - 1, Set.of()))
        .as("a form loaded before the change")
        .isInstanceOf(ConcurrentChangeException.class);

    long after = attachments.assignWindows(id, version, Set.of(choices.get(1).windowId()));
    assertThat(after).isGreaterThan(version);
    assertThat(attachments.view(id).windows())
        .extracting(WindowAssignmentRow::windowId)
        .containsExactly(choices.get(1).windowId());
    assertThat(attachments.published(id).windows())
        .as("an item without a published version shows nothing in the guide")
        .isEmpty();

    long submitted = catalogue.submitForReview(id, after);
    switchUser.to("halladmin");
    catalogue.approve(id, submitted);
    GuideAttachments guide = attachments.published(id);
    assertThat(guide.versionNumber()).isEqualTo(1);
    assertThat(guide.windows())
        .extracting(WindowAssignmentRow::windowId)
        .containsExactly(choices.get(1).windowId());
  }

  @Test
  @ActAs("fgw.head")
  void theDownloadServesAPublishedFileToAnyoneAndRefusesADraftsFileToAnonymousVisitors()
      throws Exception {
    byte[] form = TestFiles.pdf("download " + Unique.digits(8));
    DraftSaved published = catalogue.create(newItem("FGW", "下载测试" + Unique.digits(6)));
    AttachmentRow file =
        attachments.attach(
            published.itemId(), AttachmentKind.BLANK_FORM, 0, new Upload("申请表 2026.pdf", form));
    long version =
        catalogue.submitForReview(
            published.itemId(), catalogue.details(published.itemId()).version());
    switchUser.to("halladmin");
    catalogue.approve(published.itemId(), version);
    switchUser.to("fgw.head");

    DraftSaved draft = catalogue.create(newItem("FGW", "未发布下载测试" + Unique.digits(6)));
    AttachmentRow hidden =
        attachments.attach(
            draft.itemId(), AttachmentKind.BLANK_FORM, 0, new Upload("内部.pdf", TestFiles.pdf("h")));

    HttpResponse<byte[]> ok = anonymousGet(file.storageName());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(ok.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(ok.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            disposition ->
                assertThat(disposition)
                    .startsWith("attachment; filename=\"" + file.storageName() + ".pdf\"")
                    .contains("filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8%202026.pdf"));
    assertThat(ok.body()).isEqualTo(form);

    String code = catalogue.details(published.itemId()).implementationCode();
    HttpResponse<byte[]> guide = anonymousGet("../item.xhtml?code=" + code);
    assertThat(new String(guide.body(), java.nio.charset.StandardCharsets.UTF_8))
        .as("the public guide links the blank form of the first material")
        .contains("/approval/files/" + file.storageName())
        .contains("空白表格");

    assertThat(anonymousGet(hidden.storageName()).statusCode()).isEqualTo(403);
    assertThat(anonymousGet("00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    assertThat(anonymousGet("..%2Fweb.xml").statusCode()).isIn(400, 404);
    assertThat(files.download(hidden.storageName()).content())
        .as("staff read every file")
        .isNotEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private HttpResponse<byte[]> anonymousGet(String storageName) throws Exception {
    URI uri =
        URI.create("http://localhost:" + request.getLocalPort() + "/approval/files/" + storageName);
    return WebClient.httpClient()
        .build()
        .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private NewItem newItem(String department, String name) {
    return new NewItem(
        "01" + Unique.digits(8),
        departments.idOfCode(department),
        RegionLevel.CITY,
        Set.of(listId("APPROVAL")),
        licence(name));
  }

  private Long listId(String code) {
    return catalogue.lists().stream()
        .filter(l -> l.code().equals(code))
        .map(ItemListRow::id)
        .findFirst()
        .orElseThrow();
  }
}
