package gov.approval.casework.entity;

import static gov.approval.casework.entity.CaseFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.calendar.entity.Explanation;
import gov.approval.catalogue.entity.CatalogueFixture;
import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Position;
import gov.approval.platform.boundary.BusinessException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApprovalCaseTest {

  final CaseFixture f = new CaseFixture();

  static void refusedWith(String key, ThrowingCallable action) {
    assertThatThrownBy(action)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  @Nested
  class Applying {

    @Test
    void aDraftCopiesTheMaterialsOfThePublishedVersion() {
      ApprovalCase c = f.draft();
      assertThat(c.getStatus()).isEqualTo(CaseStatus.DRAFT);
      assertThat(c.getMaterials())
          .extracting(CaseMaterial::getName)
          .containsExactly("食品经营许可申请书", "营业执照", "食品安全管理制度文本");
      assertThat(c.getMaterials()).allMatch(m -> m.getState() == MaterialState.MISSING);
      assertThat(c.getPromisedLimitDays()).isEqualTo(10);
      assertThat(c.getNumber()).isNull();
    }

    @Test
    void submittingGivesTheNumberAndStartsTheFiveDayClock() {
      ApprovalCase c = f.submitted(MONDAY, 0);
      assertThat(c.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
      assertThat(c.getNumber()).isEqualTo("61050020260302000001");
      assertThat(c.getReceivedOn()).isEqualTo(MONDAY);
      assertThat(c.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
      assertThat(c.getEvents())
          .extracting(CaseEvent::getAction)
          .containsExactly(CaseAction.DRAFTED, CaseAction.SUBMITTED);
    }

    @Test
    void nothingUploadedIsNotSubmitted() {
      ApprovalCase c = f.draft();
      refusedWith(
          "casework.submit.noMaterial",
          () -> c.submit("61050020260302000001", "ABC234", f.applicantActor, f.on(MONDAY)));
    }

    @Test
    void anOnlineCaseTakesNoUploadsBetweenSubmissionAndACorrectionNotice() {
      ApprovalCase c = f.submitted(MONDAY, 0);
      refusedWith(
          "casework.material.notNow",
          () -> c.supplyMaterial(1, f.file("x.pdf"), f.applicantActor, CatalogueFixture.NOW));
    }

    @Test
    void anItemNotPublishedTakesNoApplication() {
      f.item.suspend(f.catalogue.head, "整改", f.catalogue.later());
      refusedWith("casework.apply.itemNotOpen", f::draft);
    }

    @Test
    void withdrawalIsPossibleUntilTheDecisionOnly() {
      ApprovalCase open = f.accepted();
      open.withdraw("不再需要", f.applicantActor, f.on(MONDAY));
      assertThat(open.getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
      assertThat(open.getDueOn()).isNull();

      ApprovalCase decided = decided(f.accepted());
      refusedWith(
          "casework.transition.notAllowed.DECIDED",
          () -> decided.withdraw("晚了", f.applicantActor, f.on(MONDAY)));
    }
  }

  @Nested
  class Corrections {

    @Test
    void oneNoticeNamesEveryMaterialAndOnlyThoseAreUploadedAgain() {
      ApprovalCase c = f.submitted(MONDAY, 0);
      c.requestCorrection(Map.of(1, "未上传", 2, "未上传"), null, f.clerk, f.on(MONDAY));
      assertThat(c.getStatus()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
      assertThat(c.getMaterials())
          .extracting(CaseMaterial::getState)
          .containsExactly(
              MaterialState.SUPPLIED, MaterialState.TO_CORRECT, MaterialState.TO_CORRECT);
      refusedWith(
          "casework.material.notNow",
          () -> c.supplyMaterial(0, f.file("again.pdf"), f.applicantActor, CatalogueFixture.NOW));
      c.supplyMaterial(1, f.file("licence.pdf"), f.applicantActor, CatalogueFixture.NOW);
      refusedWith(
          "casework.correction.stillOpen",
          () -> c.answerCorrection(f.applicantActor, f.on(MONDAY)));
      c.supplyMaterial(2, f.file("rules.pdf"), f.applicantActor, CatalogueFixture.NOW);
      LocalDate thursday = MONDAY.plusDays(3);
      c.answerCorrection(f.applicantActor, f.on(thursday));
      assertThat(c.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
      assertThat(c.getReceivedOn()).isEqualTo(thursday);
      assertThat(c.getCorrectionCount()).isEqualTo(1);
      assertThat(c.getSupervisionFlag()).isNull();
    }

    @Test
    void aSecondNoticeNeedsAReasonAndIsFlaggedForSupervision() {
      ApprovalCase c = f.submitted(MONDAY, 0, 1);
      c.requestCorrection(Map.of(1, "复印件不清晰"), null, f.clerk, f.on(MONDAY));
      c.supplyMaterial(1, f.file("licence.pdf"), f.applicantActor, CatalogueFixture.NOW);
      c.answerCorrection(f.applicantActor, f.on(MONDAY));
      refusedWith(
          "casework.correction.repeatReasonRequired",
          () -> c.requestCorrection(Map.of(0, "签名缺失"), " ", f.clerk, f.on(MONDAY)));
      c.requestCorrection(Map.of(0, "签名缺失"), "首次审查遗漏签名页", f.clerk, f.on(MONDAY));
      assertThat(c.getCorrectionCount()).isEqualTo(2);
      assertThat(c.getSupervisionFlag()).isEqualTo("首次审查遗漏签名页");
    }

    @Test
    void everyMarkedMaterialNeedsAReason() {
      ApprovalCase c = f.submitted(MONDAY, 0);
      refusedWith(
          "casework.correction.reasonRequired",
          () -> c.requestCorrection(Map.of(1, ""), null, f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.correction.nothingMarked",
          () -> c.requestCorrection(Map.of(), null, f.clerk, f.on(MONDAY)));
    }

    @Test
    void afterFiveWorkingDaysTheCaseCountsAsAcceptedFromReceipt() {
      ApprovalCase c = f.submitted(MONDAY, 0);
      LocalDate lastDay = LocalDate.of(2026, 3, 9);
      assertThat(c.deemAcceptedIfLate(f.on(lastDay))).isFalse();
      LocalDate late = lastDay.plusDays(1);
      refusedWith(
          "casework.acceptance.deemedByLaw",
          () -> c.requestCorrection(Map.of(1, "未上传"), null, f.clerk, f.on(late)));
      refusedWith("casework.acceptance.deemedByLaw", () -> c.accept(f.clerk, f.on(late)));

      assertThat(c.deemAcceptedIfLate(f.on(late))).isTrue();
      assertThat(c.getStatus()).isEqualTo(CaseStatus.ACCEPTED);
      assertThat(c.isAcceptanceDeemed()).isTrue();
      assertThat(c.getAcceptedOn()).isEqualTo(MONDAY);
      assertThat(c.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
      CaseEvent deemed = c.getEvents().get(c.getEvents().size() - 1);
      assertThat(deemed.getAction()).isEqualTo(CaseAction.DEEMED_ACCEPTED);
      assertThat(deemed.getActor()).isEqualTo(CaseEvent.SYSTEM);
      assertThat(deemed.getInternalNote()).isEqualTo("2026-03-02/2026-03-09");
      assertThat(c.deemAcceptedIfLate(f.on(late))).isFalse();
    }

    @Test
    void theFiveDaysSkipHolidays() {
      LocalDate wednesday = LocalDate.of(2026, 4, 1);
      ApprovalCase c = f.submitted(wednesday, 0);
      assertThat(c.getDueOn()).isEqualTo(LocalDate.of(2026, 4, 9));
      assertThat(c.dueDate(f.calendar, wednesday).orElseThrow().explanation())
          .extracting(Explanation::kind)
          .contains(Explanation.Kind.HOLIDAY);
    }
  }

  @Nested
  class Acceptance {

    @Test
    void acceptingNeedsEveryRequiredMaterial() {
      ApprovalCase c = f.submitted(MONDAY, 0, 1);
      refusedWith("casework.accept.materialsMissing", () -> c.accept(f.clerk, f.on(MONDAY)));
    }

    @Test
    void acceptanceStartsTheReviewStepsAndThePromisedLimit() {
      ApprovalCase c = f.accepted();
      assertThat(c.getStatus()).isEqualTo(CaseStatus.ACCEPTED);
      assertThat(c.getSteps()).extracting(CaseStep::getName).containsExactly("审查");
      CaseStep review = c.currentStep().orElseThrow();
      assertThat(review.getStartedOn()).isEqualTo(MONDAY);
      assertThat(review.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
      assertThat(c.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aRefusalNeedsReasonsAndEndsTheCase() {
      ApprovalCase c = f.submitted(MONDAY, 0);
      refusedWith("casework.refuse.reasonRequired", () -> c.refuse(" ", f.clerk, f.on(MONDAY)));
      c.refuse("不属于本机关职权范围，请向省市场监管局申请", f.clerk, f.on(MONDAY));
      assertThat(c.getStatus()).isEqualTo(CaseStatus.REFUSED);
      assertThat(c.getStatus().isFinal()).isTrue();
      refusedWith("casework.transition.notAllowed.REFUSED", () -> c.accept(f.clerk, f.on(MONDAY)));
    }

    @Test
    void preReviewIsForOnlineSubmissionsBeforeAcceptance() {
      ApprovalCase c = f.submitted(MONDAY, 0, 1, 2);
      c.preReview("材料齐全", f.clerk, f.on(MONDAY));
      assertThat(c.getStatus()).isEqualTo(CaseStatus.PRE_REVIEWED);
      refusedWith(
          "casework.transition.notAllowed.PRE_REVIEWED",
          () -> c.preReview("again", f.clerk, f.on(MONDAY)));
      c.accept(f.clerk, f.on(MONDAY));
      assertThat(c.getStatus()).isEqualTo(CaseStatus.ACCEPTED);
    }
  }

  @Nested
  class Deficiencies {

    @Test
    void onlyDeferrableMaterialsAndAMakeUpDateWithinThePromisedLimit() {
      ApprovalCase c = f.submitted(MONDAY, 0, 1);
      refusedWith(
          "casework.deficiency.notDeferrable",
          () ->
              c.acceptWithDeficiencies(
                  Set.of(1), "承诺补交", MONDAY.plusDays(5), f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.deficiency.makeUpDate",
          () ->
              c.acceptWithDeficiencies(
                  Set.of(2), "承诺补交", LocalDate.of(2026, 3, 17), f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.deficiency.pledgeRequired",
          () ->
              c.acceptWithDeficiencies(
                  Set.of(2), " ", LocalDate.of(2026, 3, 13), f.clerk, f.on(MONDAY)));
      ApprovalCase missingCore = f.submitted(MONDAY, 0);
      refusedWith(
          "casework.accept.materialsMissing",
          () ->
              missingCore.acceptWithDeficiencies(
                  Set.of(2), "承诺补交", LocalDate.of(2026, 3, 13), f.clerk, f.on(MONDAY)));
    }

    @Test
    void noDecisionUntilTheDeferredMaterialArrives() {
      ApprovalCase c = deficient();
      assertThat(c.material(2).getState()).isEqualTo(MaterialState.DEFERRED);
      c.completeStep("符合条件", f.chief, f.on(MONDAY));
      refusedWith(
          "casework.decide.deferredMissing",
          () -> c.decide(Decision.GRANT, null, null, f.chief, f.on(MONDAY)));
      c.supplyMaterial(2, f.file("rules.pdf"), f.applicantActor, CatalogueFixture.NOW);
      assertThat(c.getDeficiencyDueOn()).isNull();
      c.decide(Decision.GRANT, null, null, f.chief, f.on(MONDAY));
      assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void theApplicantIsRemindedOnceTwoWorkingDaysBefore() {
      ApprovalCase c = deficient();
      assertThat(c.remindOfDeficienciesIfDue(f.on(LocalDate.of(2026, 3, 10)))).isFalse();
      assertThat(c.remindOfDeficienciesIfDue(f.on(LocalDate.of(2026, 3, 11)))).isTrue();
      assertThat(c.remindOfDeficienciesIfDue(f.on(LocalDate.of(2026, 3, 12)))).isFalse();
      assertThat(c.getEvents().get(c.getEvents().size() - 1).getNote()).isEqualTo("食品安全管理制度文本");
    }

    @Test
    void aMissedMakeUpDateTerminatesTheCase() {
      ApprovalCase c = deficient();
      assertThat(c.terminateIfDeficienciesLate(f.on(LocalDate.of(2026, 3, 13)))).isFalse();
      assertThat(c.terminateIfDeficienciesLate(f.on(LocalDate.of(2026, 3, 16)))).isTrue();
      assertThat(c.getStatus()).isEqualTo(CaseStatus.TERMINATED);
      assertThat(c.getClosedReason()).isEqualTo("食品安全管理制度文本");
    }

    private ApprovalCase deficient() {
      ApprovalCase c = f.submitted(MONDAY, 0, 1);
      c.acceptWithDeficiencies(
          Set.of(2), "本人承诺于3月13日前补交", LocalDate.of(2026, 3, 13), f.clerk, f.on(MONDAY));
      return c;
    }
  }

  @Nested
  class Handling {

    @Test
    void aStepNeedsAnOpinionAndTheDecisionWaitsForTheSteps() {
      ApprovalCase c = f.accepted();
      refusedWith("casework.step.opinionRequired", () -> c.completeStep("", f.chief, f.on(MONDAY)));
      refusedWith(
          "casework.decide.stepOpen",
          () -> c.decide(Decision.GRANT, null, null, f.chief, f.on(MONDAY)));
      c.completeStep("经营场所符合要求", f.chief, f.on(MONDAY));
      assertThat(c.currentStep()).isEmpty();
      assertThat(c.getSteps().get(0).getOpinion()).isEqualTo("经营场所符合要求");
    }

    @Test
    void aDenialGivesReasonsAndTheLegalBasis() {
      ApprovalCase c = f.accepted();
      c.completeStep("不符合", f.chief, f.on(MONDAY));
      refusedWith(
          "casework.decide.denyNeedsReason",
          () -> c.decide(Decision.DENY, "场所不符合", " ", f.chief, f.on(MONDAY)));
      refusedWith(
          "casework.decide.basisNotOfItem",
          () -> c.decide(Decision.DENY, "场所不符合", "《城乡规划法》第四十条", f.chief, f.on(MONDAY)));
      c.decide(Decision.DENY, "场所不符合", "《中华人民共和国食品安全法》第三十五条", f.chief, f.on(MONDAY));
      assertThat(c.getDecision()).isEqualTo(Decision.DENY);
    }

    @Test
    void completionAndDeliveryRecordWhatTheLawAsks() {
      ApprovalCase c = decided(f.accepted());
      refusedWith(
          "casework.complete.certificateRequired", () -> c.complete(" ", f.clerk, f.on(MONDAY)));
      c.complete("JY16105020000123", f.clerk, f.on(MONDAY));
      refusedWith(
          "casework.deliver.trackingRequired",
          () -> c.deliver(DeliveryMethod.POST, null, f.clerk, f.on(MONDAY)));
      c.deliver(DeliveryMethod.POST, "SF1234567890", f.clerk, f.on(MONDAY));
      assertThat(c.getStatus()).isEqualTo(CaseStatus.DELIVERED);
      assertThat(c.getEvents())
          .extracting(CaseEvent::getAction)
          .containsSubsequence(
              CaseAction.SUBMITTED,
              CaseAction.ACCEPTED,
              CaseAction.STEP_COMPLETED,
              CaseAction.DECIDED,
              CaseAction.COMPLETED,
              CaseAction.DELIVERED);
    }

    @Test
    void aSpecialProcedureStopsTheClockAndTheDueDateSaysWhy() {
      ApprovalCase c = f.accepted();
      LocalDate wednesday = MONDAY.plusDays(2);
      c.suspend(SpecialProcedure.EXPERT_REVIEW, "组织专家评审", f.clerk, f.on(wednesday));
      assertThat(c.getStatus()).isEqualTo(CaseStatus.SUSPENDED);
      refusedWith(
          "casework.transition.notAllowed.SUSPENDED",
          () -> c.completeStep("x", f.chief, f.on(wednesday)));
      LocalDate nextMonday = MONDAY.plusDays(7);
      c.resume("专家评审通过", f.clerk, f.on(nextMonday));
      assertThat(c.getStatus()).isEqualTo(CaseStatus.ACCEPTED);
      assertThat(c.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 19));
      assertThat(c.dueDate(f.calendar, nextMonday).orElseThrow().explanation())
          .anySatisfy(
              e -> {
                assertThat(e.kind()).isEqualTo(Explanation.Kind.SUSPENDED);
                assertThat(e.reason()).isEqualTo("组织专家评审");
              });
    }

    @Test
    void oneExtensionOfAtMostTenWorkingDays() {
      ApprovalCase c = f.accepted();
      refusedWith("casework.extend.days", () -> c.extend(11, "需现场核查", f.chief, f.on(MONDAY)));
      refusedWith("casework.extend.reasonRequired", () -> c.extend(10, "", f.chief, f.on(MONDAY)));
      c.extend(10, "需现场核查", f.chief, f.on(MONDAY));
      assertThat(c.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
      refusedWith("casework.extend.once", () -> c.extend(5, "再延", f.chief, f.on(MONDAY)));
    }
  }

  @Nested
  class ForbiddenTransitions {

    @Test
    void aDraftCanOnlyBeEditedSubmittedOrWithdrawn() {
      ApprovalCase c = f.draft();
      refusedWith("casework.transition.notAllowed.DRAFT", () -> c.accept(f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.transition.notAllowed.DRAFT", () -> c.refuse("x", f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.transition.notAllowed.DRAFT",
          () -> c.decide(Decision.GRANT, null, null, f.chief, f.on(MONDAY)));
    }

    @Test
    void anAcceptedCaseIsNotAcceptedRefusedOrCorrectedAgain() {
      ApprovalCase c = f.accepted();
      refusedWith("casework.transition.notAllowed.ACCEPTED", () -> c.accept(f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.transition.notAllowed.ACCEPTED", () -> c.refuse("x", f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.transition.notAllowed.ACCEPTED",
          () -> c.requestCorrection(Map.of(0, "x"), null, f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.transition.notAllowed.ACCEPTED", () -> c.complete("x", f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.transition.notAllowed.ACCEPTED", () -> c.resume("x", f.clerk, f.on(MONDAY)));
    }

    @Test
    void aDeliveredCaseIsFinal() {
      ApprovalCase c = decided(f.accepted());
      c.complete("JY1", f.clerk, f.on(MONDAY));
      c.deliver(DeliveryMethod.ONLINE, null, f.clerk, f.on(MONDAY));
      refusedWith(
          "casework.transition.notAllowed.DELIVERED",
          () -> c.deliver(DeliveryMethod.ONLINE, null, f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.transition.notAllowed.DELIVERED",
          () -> c.suspend(SpecialProcedure.OTHER, "x", f.clerk, f.on(MONDAY)));
      refusedWith(
          "casework.transition.notAllowed.DELIVERED",
          () -> c.extend(1, "x", f.chief, f.on(MONDAY)));
      assertThat(c.dueDate(f.calendar, MONDAY)).isEmpty();
    }
  }

  @Nested
  class WhatStaffMayDo {

    final Set<Permission> clerk = Position.permissionsOf(Set.of(Position.CLERK));
    final Set<Permission> chief = Position.permissionsOf(Set.of(Position.CHIEF_REPRESENTATIVE));

    @Test
    void aSubmittedOnlineCaseOffersTheClerkItsAcceptanceAndAViewerNothing() {
      ApprovalCase c = f.submitted(MONDAY, 0, 1, 2);
      assertThat(c.actionsFor(clerk))
          .as("the item has a deferrable material, so 容缺 is offered too")
          .containsExactlyInAnyOrder(
              StaffAction.PRE_REVIEW,
              StaffAction.REQUEST_CORRECTION,
              StaffAction.ACCEPT,
              StaffAction.ACCEPT_WITH_DEFICIENCIES,
              StaffAction.REFUSE);
      assertThat(c.allows(StaffAction.UPLOAD_SCAN)).as("scans are for window cases").isFalse();
      assertThat(c.actionsFor(Set.of(Permission.CASE_VIEW))).isEmpty();
    }

    @Test
    void anAcceptedCaseOffersItsReviewStepUntilTheStepIsDone() {
      ApprovalCase c = f.accepted();
      assertThat(c.actionsFor(chief))
          .contains(StaffAction.ASSIGN, StaffAction.SUSPEND, StaffAction.DECIDE)
          .doesNotContain(StaffAction.ACCEPT, StaffAction.RESUME, StaffAction.COMPLETE);
      c.completeStep("符合", f.chief, f.on(MONDAY));
      assertThat(c.allows(StaffAction.ASSIGN)).isFalse();
      assertThat(c.allows(StaffAction.COMPLETE_STEP)).isFalse();
      refusedWith(
          "casework.transition.notAllowed.ACCEPTED",
          () -> c.completeStep("again", f.chief, f.on(MONDAY)));
    }

    @Test
    void everyOfferedActionIsOneTheTransitionAccepts() {
      ApprovalCase c = decided(f.accepted());
      assertThat(c.actionsFor(EnumSet.allOf(Permission.class)))
          .containsExactlyInAnyOrder(StaffAction.COMPLETE, StaffAction.RECORD_FEE);
      c.recordFee("证书工本费", new java.math.BigDecimal("10"), f.clerk, f.on(MONDAY));
      c.complete("JY1", f.clerk, f.on(MONDAY));
      assertThat(c.actionsFor(EnumSet.allOf(Permission.class)))
          .containsExactlyInAnyOrder(StaffAction.DELIVER, StaffAction.RECORD_FEE);
      c.deliver(DeliveryMethod.ONLINE, null, f.clerk, f.on(MONDAY));
      assertThat(c.actionsFor(EnumSet.allOf(Permission.class))).isEmpty();
    }
  }

  ApprovalCase decided(ApprovalCase accepted) {
    accepted.completeStep("符合", f.chief, f.on(MONDAY));
    accepted.decide(Decision.GRANT, null, null, f.chief, f.on(MONDAY));
    return accepted;
  }
}
