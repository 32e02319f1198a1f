package gov.approval.demo;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.casework.control.CaseNumbers;
import gov.approval.casework.entity.Actor;
import gov.approval.casework.entity.Applicant;
import gov.approval.casework.entity.ApplicantKind;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseMaterial;
import gov.approval.casework.entity.CaseNumber;
import gov.approval.casework.entity.CaseTime;
import gov.approval.casework.entity.CreditCode;
import gov.approval.casework.entity.Decision;
import gov.approval.casework.entity.DeliveryMethod;
import gov.approval.casework.entity.IdType;
import gov.approval.casework.entity.SpecialProcedure;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.documents.entity.FilePurpose;
import gov.approval.documents.entity.FileType;
import gov.approval.documents.entity.StoredFile;
import gov.approval.documents.entity.StoredFileContent;
import gov.approval.identity.entity.Citizen;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.StaffMember;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo cases of the development and reform commission (FGW) in every stage a clerk, reviewer, chief
 * representative and citizen meet: waiting for acceptance, waiting for corrections, under review
 * (one with deficiencies, one in a special procedure), decided, delivered and refused. They are
 * made through the case's own transitions on past working days, so timelines and deadlines are as
 * real cases have them. Most belong to the demo citizen.
 */
@Startup
@Singleton
@DependsOn({"CatalogueDemoData", "CalendarDemoData"})
public class CaseDemoData {

  private static final Logger LOG = Logger.getLogger(CaseDemoData.class.getName());
  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
  private static final String CITIZEN = "13800000001";

  @PersistenceContext EntityManager em;

  @EJB CalendarService calendars;

  @EJB CaseNumbers numbers;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "approval.demo.enabled", defaultValue = "false")
  boolean enabled;

  private WorkingCalendar calendar;
  private LocalDate today;
  private UserAccount citizen;
  private Actor applicant;

  @PostConstruct
  void load() {
    if (!enabled
        || em.createQuery("SELECT COUNT(c) FROM ApprovalCase c", Long.class).getSingleResult()
            > 0) {
      return;
    }
    List<ServiceItem> items = items("FGW");
    Citizen demo =
        em.createNamedQuery("Citizen.findByUsername", Citizen.class)
            .setParameter("username", CITIZEN)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (items.size() < 2 || demo == null) {
      LOG.warning("Demo cases not loaded: no suitable FGW items or no demo citizen");
      return;
    }
    calendar = calendars.calendar();
    today = LocalDate.now(clock.withZone(CITY));
    citizen = demo.getAccount();
    applicant = new Actor(citizen.getUsername(), citizen.getDisplayName());
    Actor clerk = actor("fgw.clerk1");
    Actor reviewer = actor("fgw.reviewer");
    Actor chief = actor("fgw.chief");
    ServiceItem first = items.get(0);
    ServiceItem second = items.get(1);
    int count = 0;

    // Waiting for acceptance: complete, and one with a material missing.
    submitted(first, person(demo), 1, true);
    submitted(second, person(demo), 0, false);
    count += 2;

    // The one-time notice sent, waiting for the applicant.
    ApprovalCase correcting = submitted(second, person(demo), 2, false);
    correcting.requestCorrection(
        Map.of(missingPosition(correcting), "未上传该材料，请补充上传清晰的扫描件"), null, clerk, at(1));
    count++;

    // Under review, the step assigned to the reviewer.
    ApprovalCase review = submitted(first, enterprise(), 3, true);
    review.accept(clerk, at(3));
    if (review.currentStep().isPresent()) {
      review.assignCurrentStep(staff("fgw.reviewer"), chief, at(2).now());
    }
    count++;

    // Accepted with deficiencies where the item allows it.
    ServiceItem deferrable = items.stream().filter(this::hasDeferrable).findFirst().orElse(null);
    if (deferrable != null) {
      ApprovalCase deficient = submitted(deferrable, person(demo), 2, true, true);
      Set<Integer> deferred =
          Set.copyOf(
              deficient.getMaterials().stream()
                  .filter(m -> m.isDeferrable() && !m.isPresent())
                  .map(CaseMaterial::getPosition)
                  .toList());
      LocalDate dueBy =
          calendar.due(at(2).today(), 3, gov.approval.calendar.entity.LimitUnit.WORKING_DAYS).due();
      deficient.acceptWithDeficiencies(
          deferred, "本人承诺在补齐期限内提交容缺材料，逾期愿承担终止办理的后果。", dueBy, clerk, at(2));
      count++;
    }

    // A special procedure running.
    ApprovalCase expert = submitted(first, enterprise(), 6, true);
    expert.accept(clerk, at(6));
    expert.suspend(SpecialProcedure.EXPERT_REVIEW, "项目涉及重大技术方案，组织专家评审", clerk, at(2));
    count++;

    // Decided, delivered and refused cases.
    ApprovalCase decided = submitted(second, person(demo), 8, true);
    decided.accept(clerk, at(8));
    review(decided, reviewer, 6);
    decided.decide(Decision.GRANT, "符合核准条件，予以核准", null, chief, at(5));
    count++;

    ApprovalCase delivered = submitted(first, person(demo), 15, true);
    delivered.accept(clerk, at(15));
    review(delivered, reviewer, 12);
    delivered.decide(Decision.GRANT, "符合核准条件，予以核准", null, chief, at(10));
    delivered.complete("渭发改核〔" + today.getYear() + "〕8号", chief, at(10));
    delivered.deliver(DeliveryMethod.WINDOW_PICKUP, "张三本人", clerk, at(9));
    count++;

    ApprovalCase refused = submitted(second, enterprise(), 4, true);
    refused.refuse("申请事项依法不属于本机关职权范围，请向省发展和改革委员会申请。", clerk, at(4));
    count++;

    em.flush();
    int loaded = count;
    LOG.info(() -> "Demo cases loaded: " + loaded);
  }

  private void review(ApprovalCase c, Actor reviewer, int daysAgo) {
    while (c.currentStep().isPresent()) {
      c.completeStep("材料齐全，符合法定条件和标准。", reviewer, at(daysAgo));
    }
  }

  private ApprovalCase submitted(ServiceItem item, Applicant who, int daysAgo, boolean complete) {
    return submitted(item, who, daysAgo, complete, false);
  }

  /**
   * A case submitted {@code daysAgo} working days ago with every material (or all but the last
   * required one, or, for 容缺, all but the deferrable ones).
   */
  private ApprovalCase submitted(
      ServiceItem item, Applicant who, int daysAgo, boolean complete, boolean withoutDeferrable) {
    CaseTime time = at(daysAgo);
    ApprovalCase c =
        ApprovalCase.draft(item, who, "申请办理" + item.getName(), citizen, applicant, time.now());
    List<CaseMaterial> materials = c.getMaterials();
    int skip =
        complete
            ? -1
            : materials.stream()
                .filter(m -> m.getNecessity().isRequired())
                .reduce((a, b) -> b)
                .map(CaseMaterial::getPosition)
                .orElse(-1);
    for (CaseMaterial m : materials) {
      boolean leaveOut =
          m.getPosition() == skip
              || (withoutDeferrable && m.isDeferrable())
              || !m.getNecessity().isRequired() && !complete;
      if (!leaveOut) {
        c.supplyMaterial(m.getPosition(), file(m.getName(), time), applicant, time.now());
      }
    }
    String number = numbers.next(item.getDepartment(), time.today());
    c.submit(number, CaseNumber.newCheckCode(), applicant, time);
    em.persist(c);
    return c;
  }

  private int missingPosition(ApprovalCase c) {
    return c.getMaterials().stream()
        .filter(m -> m.getNecessity().isRequired() && !m.isPresent())
        .findFirst()
        .map(CaseMaterial::getPosition)
        .orElse(0);
  }

  private boolean hasDeferrable(ServiceItem item) {
    return item.findPublished().orElseThrow().content().materials().stream()
        .anyMatch(
            m -> m.getNecessity() == gov.approval.catalogue.entity.MaterialNecessity.DEFERRABLE);
  }

  /** A moment on the working day {@code daysAgo} working days before today, in office hours. */
  private CaseTime at(int daysAgo) {
    LocalDate day = today;
    int back = 0;
    while (back < daysAgo) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) {
        back++;
      }
    }
    return new CaseTime(day.atTime(10, 0).atZone(CITY).toInstant(), day, calendar);
  }

  private StoredFile file(String materialName, CaseTime time) {
    byte[] content = DemoPdf.withText(materialName);
    StoredFile file =
        new StoredFile(
            FilePurpose.APPLICATION_MATERIAL,
            materialName + ".pdf",
            FileType.PDF,
            content.length,
            sha256(content),
            CITIZEN,
            time.now());
    em.persist(file);
    em.persist(new StoredFileContent(file, content));
    return file;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Applicant person(Citizen demo) {
    UserAccount a = demo.getAccount();
    return new Applicant(
        ApplicantKind.PERSON,
        a.getDisplayName(),
        IdType.RESIDENT_ID,
        demo.getResidentIdNumber(),
        null,
        null,
        a.getDisplayName(),
        a.getMobile(),
        a.getEmail(),
        null,
        null);
  }

  private static Applicant enterprise() {
    String first17 = "91610500MA6Y8K2Q0";
    return new Applicant(
        ApplicantKind.ENTERPRISE,
        "渭南秦东新能源科技有限公司",
        null,
        null,
        first17 + CreditCode.checkCharacter(first17),
        "王建国",
        "李明",
        "13991300001",
        null,
        null,
        null);
  }

  private List<ServiceItem> items(String departmentCode) {
    return em
        .createQuery(
            "SELECT i FROM ServiceItem i WHERE i.department.code = :code AND i.status = :published"
                + " ORDER BY i.implementationCode",
            ServiceItem.class)
        .setParameter("code", departmentCode)
        .setParameter("published", VersionStatus.PUBLISHED)
        .getResultList()
        .stream()
        .filter(
            i -> {
              var content = i.findPublished().orElseThrow().content();
              return content.promisedLimitDays() > 0 && content.materials().size() >= 2;
            })
        .toList();
  }

  private Actor actor(String username) {
    return ApprovalCase.actorOf(staff(username));
  }

  private StaffMember staff(String username) {
    return em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  /** A one-page PDF naming the demo material, made with the PDF library the notices use. */
  static final class DemoPdf {

    private DemoPdf() {}

    static byte[] withText(String name) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      com.lowagie.text.Document document = new com.lowagie.text.Document();
      com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
      document.open();
      document.add(new com.lowagie.text.Paragraph("Demo material " + Math.abs(name.hashCode())));
      document.close();
      return out.toByteArray();
    }
  }
}
