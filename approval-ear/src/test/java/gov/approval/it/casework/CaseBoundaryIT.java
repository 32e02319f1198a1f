package gov.approval.it.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.casework.boundary.ApplicantForm;
import gov.approval.casework.boundary.ApplicationService;
import gov.approval.casework.boundary.CaseDeadlineService;
import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.CaseRow;
import gov.approval.casework.boundary.CaseView;
import gov.approval.casework.boundary.DeadlineRun;
import gov.approval.casework.boundary.WorklistFilter;
import gov.approval.casework.entity.CaseAction;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.Decision;
import gov.approval.casework.entity.DeliveryMethod;
import gov.approval.casework.entity.MaterialState;
import gov.approval.documents.boundary.FileService;
import gov.approval.documents.boundary.Upload;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestCases;
import gov.approval.it.support.TestFiles;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.SqlStatements;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cases through the real boundaries: a citizen applies, FGW's staff handle the case, and the rules
 * of rows, permissions, versions and deadlines hold. Each test publishes its own item and uses its
 * own citizen where another test could see its cases.
 */
@ExtendWith(ArquillianExtension.class)
class CaseBoundaryIT {

  static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(CaseBoundaryIT.class);
  }

  @Inject ApplicationService applications;

  @Inject CaseHandlingService handling;

  @Inject CaseDeadlineService deadlines;

  @Inject FileService files;

  @Inject TestCases testCases;

  @Inject SwitchUser switchUser;

  static void refusedWith(String key, ThrowingCallable action) {
    assertThatThrownBy(action)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  /** A citizen's submitted case with only material 0 uploaded. */
  private CaseView submitted(String citizen) {
    String code = testCases.publishedLicence(citizen);
    ApplicantForm applicant = applications.myApplicantDefaults();
    CaseView draft = applications.startDraft(code, applicant, "新建光伏电站项目");
    CaseView uploaded =
        applications.uploadMaterial(
            draft.id(), draft.version(), 0, new Upload("申请报告.pdf", TestFiles.pdf("项目申请报告")));
    return applications.submit(uploaded.id(), uploaded.version());
  }

  @Test
  @ActAs("fgw.clerk1")
  void aWholeCaseFromApplicationToDelivery() {
    String citizen = testCases.newCitizen("李四");
    CaseView c = submitted(citizen);
    assertThat(c.number()).matches("610500\\d{14}");
    assertThat(c.checkCode()).hasSize(6);
    assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
    assertThat(applications.myCases(PageRequest.of(0, 10)).rows())
        .extracting(CaseRow::number)
        .containsExactly(c.number());

    switchUser.to("fgw.clerk1");
    assertThat(
            handling
                .worklist(WorklistFilter.section(), new PageRequest(0, 50, null, true, c.number()))
                .rows())
        .extracting(CaseRow::status)
        .containsExactly(CaseStatus.SUBMITTED);
    CaseView noticed =
        handling.requestCorrection(c.id(), c.version(), Map.of(1, "未提交规划选址意见"), null);
    assertThat(noticed.status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);

    switchUser.to(citizen);
    CaseView mine = applications.myCase(c.id());
    assertThat(mine.materials().get(1).state()).isEqualTo(MaterialState.TO_CORRECT);
    assertThat(mine.materials().get(1).correctionReason()).isEqualTo("未提交规划选址意见");
    CaseView corrected =
        applications.uploadMaterial(
            mine.id(), mine.version(), 1, new Upload("选址意见.png", TestFiles.png()));
    CaseView answered = applications.answerCorrection(corrected.id(), corrected.version());
    assertThat(answered.status()).isEqualTo(CaseStatus.SUBMITTED);

    switchUser.to("fgw.clerk1");
    CaseView accepted = handling.accept(answered.id(), answered.version());
    assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(accepted.dueDate().due()).isAfter(LocalDate.now(CITY));
    assertThat(accepted.currentStepName()).isEqualTo("审查");

    switchUser.to("fgw.reviewer");
    CaseView reviewed = handling.completeStep(accepted.id(), accepted.version(), "符合核准条件");

    switchUser.to("fgw.chief");
    CaseView decided =
        handling.decide(reviewed.id(), reviewed.version(), Decision.GRANT, "予以核准", null);
    CaseView completed = handling.complete(decided.id(), decided.version(), "渭发改核准〔2026〕1号");

    switchUser.to("fgw.clerk1");
    CaseView delivered =
        handling.deliver(completed.id(), completed.version(), DeliveryMethod.WINDOW_PICKUP, "李四本人");
    assertThat(delivered.status()).isEqualTo(CaseStatus.DELIVERED);

    switchUser.to(citizen);
    CaseView timeline = applications.myCase(c.id());
    assertThat(timeline.events())
        .extracting(CaseView.Event::action)
        .containsExactly(
            CaseAction.SUBMITTED,
            CaseAction.CORRECTION_REQUESTED,
            CaseAction.CORRECTION_ANSWERED,
            CaseAction.ACCEPTED,
            CaseAction.STEP_COMPLETED,
            CaseAction.DECIDED,
            CaseAction.COMPLETED,
            CaseAction.DELIVERED);
    assertThat(timeline.events()).allMatch(e -> e.internalNote() == null);
    assertThat(timeline.steps().get(0).opinion()).as("opinions are for staff").isNull();
  }

  @Test
  @ActAs("fgw.clerk1")
  void anotherCitizenAndAnotherDepartmentReachNothing() {
    String owner = testCases.newCitizen("王五");
    CaseView c = submitted(owner);
    String stored = c.materials().get(0).fileStorageName();

    switchUser.to(testCases.newCitizen("赵六"));
    assertThatThrownBy(() -> applications.myCase(c.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> applications.withdraw(c.id(), c.version(), "x"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> files.download(stored)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> handling.caseFile(c.id())).isInstanceOf(EJBAccessException.class);

    switchUser.to("gsj.clerk1");
    assertThatThrownBy(() -> handling.caseFile(c.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> handling.findIdByNumber(c.number()))
        .as("opening by number reveals no other department's case")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> handling.accept(c.id(), c.version()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> files.download(stored)).isInstanceOf(AccessDeniedException.class);

    switchUser.to("fgw.reviewer");
    assertThat(handling.findIdByNumber(c.number())).isEqualTo(c.id());
    assertThatThrownBy(() -> handling.accept(c.id(), c.version()))
        .as("a reviewer holds no acceptance permission")
        .isInstanceOf(EJBAccessException.class);
    assertThat(files.download(stored).content()).isNotEmpty();

    switchUser.to(owner);
    assertThat(files.download(stored).originalName()).isEqualTo("申请报告.pdf");
  }

  @Test
  @ActAs("fgw.clerk1")
  void twoClerksOnOneCaseProduceOneTransitionAndOneConflict() {
    CaseView c = submitted(testCases.newCitizen("孙七"));
    switchUser.to("fgw.clerk1");
    handling.refuse(c.id(), c.version(), "不属于本机关职权范围");
    switchUser.to("fgw.clerk2");
    assertThatThrownBy(() -> handling.preReview(c.id(), c.version(), "材料齐全"))
        .isInstanceOf(ConcurrentChangeException.class);
    CaseView file = handling.caseFile(c.id());
    assertThat(file.status()).isEqualTo(CaseStatus.REFUSED);
    assertThat(file.events()).filteredOn(e -> e.action() == CaseAction.REFUSED).hasSize(1);
    assertThat(file.events()).noneMatch(e -> e.action() == CaseAction.PRE_REVIEWED);
  }

  @Test
  @ActAs("fgw.clerk1")
  void withoutANoticeInFiveWorkingDaysTheCaseIsAcceptedFromReceipt() {
    CaseView c = submitted(testCases.newCitizen("周八"));
    switchUser.to("admin");
    LocalDate later = LocalDate.now(CITY).plusDays(20);
    DeadlineRun run = deadlines.runAsOf(later);
    assertThat(run.deemedAccepted()).isGreaterThanOrEqualTo(1);
    assertThat(run.failed()).isZero();

    switchUser.to("fgw.clerk1");
    CaseView deemed = handling.caseFile(c.id());
    assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(deemed.acceptanceDeemed()).isTrue();
    assertThat(deemed.acceptedOn()).isEqualTo(deemed.receivedOn());
    assertThat(deemed.events())
        .extracting(CaseView.Event::action)
        .contains(CaseAction.DEEMED_ACCEPTED);
    switchUser.to("admin");
    assertThat(deadlines.runAsOf(later).deemedAccepted()).as("idempotent").isZero();
  }

  @Test
  @ActAs("fgw.clerk1")
  void acceptanceWithDeficienciesWaitsForTheMaterialBeforeTheDecision() {
    String citizen = testCases.newCitizen("吴九");
    CaseView c = submitted(citizen);
    switchUser.to("fgw.clerk1");
    LocalDate makeUp = c.receivedOn().plusDays(3);
    CaseView accepted =
        handling.acceptWithDeficiencies(c.id(), c.version(), Set.of(1), "承诺三日内补交选址意见", makeUp);
    assertThat(accepted.materials().get(1).state()).isEqualTo(MaterialState.DEFERRED);
    switchUser.to("fgw.reviewer");
    CaseView reviewed = handling.completeStep(accepted.id(), accepted.version(), "同意");
    switchUser.to("fgw.chief");
    refusedWith(
        "casework.decide.deferredMissing",
        () -> handling.decide(reviewed.id(), reviewed.version(), Decision.GRANT, null, null));

    switchUser.to(citizen);
    CaseView supplied =
        applications.uploadMaterial(
            c.id(),
            applications.myCase(c.id()).version(),
            1,
            new Upload("选址意见.pdf", TestFiles.pdf("选址意见")));
    assertThat(supplied.materials().get(1).state()).isEqualTo(MaterialState.SUPPLIED);

    switchUser.to("fgw.chief");
    CaseView now = handling.caseFile(c.id());
    assertThat(handling.decide(now.id(), now.version(), Decision.GRANT, null, null).status())
        .isEqualTo(CaseStatus.DECIDED);
  }

  @Test
  @ActAs("fgw.clerk1")
  void worklistsAndTheCasePageCostTheSameStatementsHoweverManyRows() {
    String citizen = testCases.newCitizen("钱一");
    CaseView c = submitted(citizen);
    switchUser.to("fgw.clerk1");
    long five =
        SqlStatements.count(
            () -> handling.worklist(WorklistFilter.section(), PageRequest.of(0, 5)));
    long fifty =
        SqlStatements.count(
            () -> handling.worklist(WorklistFilter.section(), PageRequest.of(0, 50)));
    assertThat(five).isEqualTo(fifty).isLessThanOrEqualTo(4);

    long before = SqlStatements.count(() -> handling.caseFile(c.id()));
    CaseView noticed =
        handling.requestCorrection(c.id(), c.version(), Map.of(1, "未提交规划选址意见"), null);
    switchUser.to(citizen);
    CaseView corrected =
        applications.uploadMaterial(
            noticed.id(), noticed.version(), 1, new Upload("选址意见.png", TestFiles.png()));
    applications.answerCorrection(corrected.id(), corrected.version());
    switchUser.to("fgw.clerk1");
    long after = SqlStatements.count(() -> handling.caseFile(c.id()));
    assertThat(after).as("more timeline rows and files, same statements").isEqualTo(before);
  }

  @Test
  @ActAs("fgw.clerk1")
  void theDeadlineJobRemindsOfDeferredMaterialsAndEndsACaseWhoseMakeUpDatePassed() {
    CaseView c = submitted(testCases.newCitizen("褚三"));
    switchUser.to("fgw.clerk1");
    LocalDate makeUp = c.receivedOn().plusDays(3);
    handling.acceptWithDeficiencies(c.id(), c.version(), Set.of(1), "承诺按期补交选址意见", makeUp);

    switchUser.to("admin");
    deadlines.runAsOf(makeUp);
    deadlines.runAsOf(makeUp.plusDays(1));

    switchUser.to("fgw.clerk1");
    CaseView ended = handling.caseFile(c.id());
    assertThat(ended.status()).isEqualTo(CaseStatus.TERMINATED);
    assertThat(ended.closedReason()).contains("城乡规划选址意见");
    assertThat(ended.events())
        .extracting(CaseView.Event::action)
        .containsSubsequence(
            CaseAction.ACCEPTED_WITH_DEFICIENCIES,
            CaseAction.DEFICIENCY_REMINDED,
            CaseAction.TERMINATED);
  }

  @Test
  @ActAs("fgw.clerk1")
  void uploadsAreCheckedByContentAndSize() {
    String code = testCases.publishedLicence(testCases.newCitizen("郑十"));
    CaseView draft = applications.startDraft(code, applications.myApplicantDefaults(), null);
    byte[] executable = {
      'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff
    };
    refusedWith(
        "documents.file.typeNotAllowed",
        () ->
            applications.uploadMaterial(
                draft.id(), draft.version(), 0, new Upload("报告.pdf", executable)));
    byte[] huge = new byte[(int) files.maxBytes() + 1];
    System.arraycopy(TestFiles.pdf("x"), 0, huge, 0, TestFiles.pdf("x").length);
    refusedWith(
        "documents.file.tooLarge",
        () ->
            applications.uploadMaterial(draft.id(), draft.version(), 0, new Upload("a.pdf", huge)));
    CaseView stored =
        applications.uploadMaterial(
            draft.id(),
            draft.version(),
            0,
            new Upload("../../etc/passwd.pdf", TestFiles.pdf("正常文件")));
    CaseView.Material m = stored.materials().get(0);
    assertThat(m.fileStorageName()).matches("[0-9a-f-]{36}");
    assertThat(applications.myCase(draft.id()).materials().get(0).state())
        .isEqualTo(MaterialState.SUPPLIED);
  }
}
