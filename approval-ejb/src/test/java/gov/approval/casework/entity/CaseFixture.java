package gov.approval.casework.entity;

import gov.approval.calendar.entity.DayKind;
import gov.approval.calendar.entity.SpecialDay;
import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.catalogue.entity.CatalogueFixture;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.documents.entity.FilePurpose;
import gov.approval.documents.entity.FileType;
import gov.approval.documents.entity.StoredFile;
import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.ResidentIdNumber;
import gov.approval.identity.entity.UserAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A published 食品经营许可 (materials: 0 application form and 1 business licence, mandatory; 2 food
 * safety rules, deferrable; steps 受理, 审查 (5 days), 决定, 办结; promised limit 10 working days), a
 * citizen and a calendar with the 2026 Qingming holiday (4–6 April), on days the tests choose.
 */
final class CaseFixture {

  /** Monday. */
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  static final String ID_NUMBER =
      "61050219900101123" + ResidentIdNumber.checkCharacter("61050219900101123");

  final CatalogueFixture catalogue = new CatalogueFixture();
  final ServiceItem item = catalogue.publishedItem();
  final UserAccount citizen =
      new UserAccount(
          "13800000001",
          "hash",
          AccountKind.CITIZEN,
          "张三",
          "zhangsan@example.cn",
          "13800000001",
          CatalogueFixture.NOW);
  final Actor applicantActor = new Actor("13800000001", "张三");
  final Actor clerk = new Actor("scjg.clerk", "窗口人员");
  final Actor chief = new Actor("scjg.chief", "首席代表");
  final WorkingCalendar calendar =
      WorkingCalendar.of(
          List.of(
              new SpecialDay(LocalDate.of(2026, 4, 4), DayKind.HOLIDAY, "清明节"),
              new SpecialDay(LocalDate.of(2026, 4, 5), DayKind.HOLIDAY, "清明节"),
              new SpecialDay(LocalDate.of(2026, 4, 6), DayKind.HOLIDAY, "清明节")));
  private int sequence;

  static Applicant person() {
    return new Applicant(
        ApplicantKind.PERSON,
        "张三",
        IdType.RESIDENT_ID,
        ID_NUMBER,
        null,
        null,
        "张三",
        "13800000001",
        "zhangsan@example.cn",
        null,
        null);
  }

  CaseTime on(LocalDate day) {
    return new CaseTime(day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), day, calendar);
  }

  StoredFile file(String name) {
    return new StoredFile(
        FilePurpose.APPLICATION_MATERIAL,
        name,
        FileType.PDF,
        1000,
        "0".repeat(64),
        "13800000001",
        Instant.parse("2026-03-01T00:00:00Z"));
  }

  ApprovalCase draft() {
    return ApprovalCase.draft(
        item, person(), "开办一家小餐馆", citizen, applicantActor, CatalogueFixture.NOW);
  }

  /** A draft with the given materials uploaded, submitted on {@code day}. */
  ApprovalCase submitted(LocalDate day, int... positions) {
    ApprovalCase c = draft();
    for (int p : positions) {
      c.supplyMaterial(p, file("m" + p + ".pdf"), applicantActor, CatalogueFixture.NOW);
    }
    c.submit(
        CaseNumber.format(CaseNumber.prefix("610500000000", day), ++sequence),
        "ABC234",
        applicantActor,
        on(day));
    return c;
  }

  /** Submitted complete on Monday and accepted the same day. */
  ApprovalCase accepted() {
    ApprovalCase c = submitted(MONDAY, 0, 1, 2);
    c.accept(clerk, on(MONDAY));
    return c;
  }
}
