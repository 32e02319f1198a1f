package gov.approval.web.staff;

import static gov.approval.identity.entity.Permission.AUDIT_VIEW;
import static gov.approval.identity.entity.Permission.CALENDAR_EDIT;
import static gov.approval.identity.entity.Permission.CASE_DECIDE;
import static gov.approval.identity.entity.Permission.CASE_INTAKE;
import static gov.approval.identity.entity.Permission.CASE_VIEW;
import static gov.approval.identity.entity.Permission.CATALOGUE_EDIT;
import static gov.approval.identity.entity.Permission.CATALOGUE_REVIEW;
import static gov.approval.identity.entity.Permission.COMPLAINT_HANDLE;
import static gov.approval.identity.entity.Permission.DEPARTMENT_MANAGE;
import static gov.approval.identity.entity.Permission.EVALUATION_MANAGE;
import static gov.approval.identity.entity.Permission.JOB_MANAGE;
import static gov.approval.identity.entity.Permission.ORG_MANAGE;
import static gov.approval.identity.entity.Permission.ORG_VIEW;
import static gov.approval.identity.entity.Permission.STAFF_MANAGE;
import static gov.approval.identity.entity.Permission.SUPERVISE;

import gov.approval.identity.entity.Permission;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The back office menu ({@code #{staffMenu.groups}} in the staff template): which pages a user's
 * permissions open, in the user's language. Every staff page shows it, so it is built once per set
 * of permissions and language and kept; a page renders the kept links and asks nothing per entry.
 * The boundaries check the permissions again: a hidden entry is a convenience, not the protection.
 */
@Named
@ApplicationScoped
public class StaffMenu {

  /** A link of the menu; {@code id} is the element id that tests and help texts name. */
  public record Entry(String id, String label, String url, String icon) {}

  /** A heading with its links; a group without label shows its links without heading. */
  public record Group(String label, List<Entry> entries) {}

  private record EntryDef(String id, String key, String page, String icon, Set<Permission> anyOf) {}

  private record GroupDef(String key, Set<Permission> anyOf, List<EntryDef> entries) {}

  private static final Set<Permission> ANYONE = Set.of();

  private static final List<GroupDef> MENU =
      List.of(
          new GroupDef(
              null,
              ANYONE,
              List.of(entry("menuHome", "menu.home", "/staff/index", "pi-home", ANYONE))),
          new GroupDef(
              "menu.cases",
              ANYONE,
              List.of(
                  entry(
                      "menuWorklist",
                      "menu.caseWorklist",
                      "/staff/cases/worklist",
                      "pi-inbox",
                      Set.of(CASE_VIEW)),
                  entry(
                      "menuIntake",
                      "menu.caseIntake",
                      "/staff/cases/intake",
                      "pi-user-plus",
                      Set.of(CASE_INTAKE)))),
          new GroupDef(
              "menu.consultation",
              ANYONE,
              List.of(
                  entry(
                      "menuQuestions",
                      "menu.questions",
                      "/staff/questions",
                      "pi-comments",
                      Set.of(CASE_VIEW)),
                  entry(
                      "menuQuestionsOverdue",
                      "menu.questionsOverdue",
                      "/staff/questions-overdue",
                      "pi-exclamation-circle",
                      Set.of(SUPERVISE)))),
          new GroupDef(
              "menu.organisation",
              Set.of(ORG_VIEW),
              List.of(
                  entry(
                      "menuRegions",
                      "menu.regions",
                      "/staff/organisation/regions",
                      "pi-sitemap",
                      ANYONE),
                  entry(
                      "menuHalls",
                      "menu.halls",
                      "/staff/organisation/halls",
                      "pi-building",
                      ANYONE),
                  entry(
                      "menuDepartments",
                      "menu.departments",
                      "/staff/organisation/departments",
                      "pi-briefcase",
                      ANYONE))),
          new GroupDef(
              "menu.appointments",
              ANYONE,
              List.of(
                  entry(
                      "menuAppointmentsDay",
                      "menu.appointmentsDay",
                      "/staff/appointments/day",
                      "pi-calendar",
                      Set.of(CASE_INTAKE, ORG_MANAGE)),
                  entry(
                      "menuAppointmentPlans",
                      "menu.appointmentPlans",
                      "/staff/appointments/plans",
                      "pi-clock",
                      Set.of(ORG_MANAGE, DEPARTMENT_MANAGE)))),
          new GroupDef(
              "menu.catalogue",
              ANYONE,
              List.of(
                  entry(
                      "menuItems",
                      "menu.catalogueItems",
                      "/staff/catalogue/items",
                      "pi-list",
                      Set.of(CATALOGUE_EDIT, CATALOGUE_REVIEW)),
                  entry(
                      "menuReview",
                      "menu.catalogueReview",
                      "/staff/catalogue/review",
                      "pi-check-square",
                      Set.of(CATALOGUE_REVIEW)),
                  entry(
                      "menuReforms",
                      "menu.catalogueReforms",
                      "/staff/catalogue/reforms",
                      "pi-sync",
                      Set.of(ORG_MANAGE)),
                  entry(
                      "menuTransfer",
                      "menu.transfer",
                      "/staff/catalogue/transfer",
                      "pi-file-excel",
                      Set.of(CATALOGUE_EDIT)))),
          new GroupDef(
              "menu.admin",
              ANYONE,
              List.of(
                  entry(
                      "menuStaff",
                      "menu.staff",
                      "/staff/admin/staff",
                      "pi-users",
                      Set.of(STAFF_MANAGE)),
                  entry(
                      "menuCalendar",
                      "menu.calendar",
                      "/staff/admin/calendar",
                      "pi-calendar",
                      Set.of(CALENDAR_EDIT)),
                  entry(
                      "menuMail",
                      "menu.mail",
                      "/staff/admin/mail",
                      "pi-envelope",
                      Set.of(AUDIT_VIEW, JOB_MANAGE)),
                  entry("menuJobs", "menu.jobs", "/staff/admin/jobs", "pi-cog", Set.of(JOB_MANAGE)),
                  entry(
                      "menuRepublication",
                      "menu.republication",
                      "/staff/admin/republication",
                      "pi-send",
                      Set.of(JOB_MANAGE)))),
          new GroupDef(
              "menu.supervision",
              ANYONE,
              List.of(
                  entry(
                      "menuSupervisionMonitor",
                      "menu.supervisionMonitor",
                      "/staff/supervision/monitor",
                      "pi-desktop",
                      Set.of(SUPERVISE, ORG_MANAGE)),
                  entry(
                      "menuSupervisionOrders",
                      "menu.supervisionOrders",
                      "/staff/supervision/orders",
                      "pi-exclamation-circle",
                      Set.of(SUPERVISE, CASE_DECIDE, DEPARTMENT_MANAGE)),
                  entry(
                      "menuSupervisionRisks",
                      "menu.supervisionRisks",
                      "/staff/supervision/risks",
                      "pi-shield",
                      Set.of(SUPERVISE)),
                  entry(
                      "menuSupervisionStatistics",
                      "menu.supervisionStatistics",
                      "/staff/supervision/statistics",
                      "pi-chart-line",
                      Set.of(SUPERVISE, AUDIT_VIEW, JOB_MANAGE, EVALUATION_MANAGE)),
                  entry(
                      "menuSupervisionThresholds",
                      "menu.supervisionThresholds",
                      "/staff/supervision/thresholds",
                      "pi-sliders-h",
                      Set.of(SUPERVISE, ORG_MANAGE)),
                  entry(
                      "menuAudit",
                      "staff_menu.audit",
                      "/staff/audit/log",
                      "pi-shield",
                      Set.of(AUDIT_VIEW)))),
          new GroupDef(
              null,
              ANYONE,
              List.of(
                  entry(
                      "menuComplaints",
                      "staff_menu.complaints",
                      "/staff/complaints/list",
                      "pi-comments",
                      Set.of(COMPLAINT_HANDLE, CASE_DECIDE, DEPARTMENT_MANAGE)))),
          new GroupDef(
              "menu.evaluation",
              Set.of(CASE_VIEW, EVALUATION_MANAGE),
              List.of(
                  entry(
                      "menuEvaluationWindow",
                      "menu.evaluationWindow",
                      "/staff/evaluation/window",
                      "pi-star",
                      Set.of(CASE_INTAKE)),
                  entry(
                      "menuEvaluationTickets",
                      "menu.evaluationTickets",
                      "/staff/evaluation/tickets",
                      "pi-comments",
                      ANYONE),
                  entry(
                      "menuEvaluationRankings",
                      "menu.evaluationRankings",
                      "/staff/evaluation/rankings",
                      "pi-chart-bar",
                      Set.of(EVALUATION_MANAGE, SUPERVISE, DEPARTMENT_MANAGE)),
                  entry(
                      "menuEvaluationInterviews",
                      "menu.evaluationInterviews",
                      "/staff/evaluation/interviews",
                      "pi-users",
                      Set.of(EVALUATION_MANAGE, SUPERVISE, DEPARTMENT_MANAGE)),
                  entry(
                      "menuEvaluationWorkRules",
                      "menu.evaluationWorkRules",
                      "/staff/evaluation/work-rules",
                      "pi-book",
                      ANYONE),
                  entry(
                      "menuEvaluationProfile",
                      "menu.evaluationProfile",
                      "/staff/evaluation/profile",
                      "pi-id-card",
                      ANYONE),
                  entry(
                      "menuEvaluationRules",
                      "menu.evaluationRules",
                      "/staff/evaluation/rules",
                      "pi-sliders-h",
                      Set.of(EVALUATION_MANAGE)))));

  private record Key(Set<Permission> permissions, Locale locale) {}

  /* Few keys: one per combination of positions held, times two languages. */
  private final Map<Key, List<Group>> built = new ConcurrentHashMap<>();

  @Inject ActiveUser activeUser;

  /** The current user's menu. */
  public List<Group> getGroups() {
    return groupsFor(activeUser.permissions(), Texts.locale());
  }

  List<Group> groupsFor(Set<Permission> permissions, Locale locale) {
    return built.computeIfAbsent(
        new Key(Set.copyOf(permissions), locale),
        key -> build(key.permissions(), key.locale(), contextPath()));
  }

  private static String contextPath() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null ? "" : context.getExternalContext().getRequestContextPath();
  }

  /** The groups with at least one entry for {@code permissions}, texts in {@code locale}. */
  static List<Group> build(Set<Permission> permissions, Locale locale, String contextPath) {
    ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, locale);
    List<Group> groups = new ArrayList<>();
    for (GroupDef group : MENU) {
      if (!allowed(group.anyOf(), permissions)) {
        continue;
      }
      List<Entry> entries =
          group.entries().stream()
              .filter(e -> allowed(e.anyOf(), permissions))
              .map(
                  e ->
                      new Entry(
                          e.id(),
                          texts.getString(e.key()),
                          contextPath + e.page() + ".xhtml",
                          "pi " + e.icon()))
              .toList();
      if (!entries.isEmpty()) {
        groups.add(new Group(group.key() == null ? null : texts.getString(group.key()), entries));
      }
    }
    return List.copyOf(groups);
  }

  private static boolean allowed(Set<Permission> anyOf, Set<Permission> held) {
    return anyOf.isEmpty() || anyOf.stream().anyMatch(held::contains);
  }

  private static EntryDef entry(
      String id, String key, String page, String icon, Set<Permission> anyOf) {
    return new EntryDef(id, key, page, icon, anyOf);
  }
}
