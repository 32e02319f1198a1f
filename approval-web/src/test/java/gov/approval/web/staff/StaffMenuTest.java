package gov.approval.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Position;
import gov.approval.web.staff.StaffMenu.Entry;
import gov.approval.web.staff.StaffMenu.Group;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMenuTest {

  private static List<String> ids(List<Group> groups) {
    return groups.stream().flatMap(g -> g.entries().stream()).map(Entry::id).toList();
  }

  @Test
  void aClerkGetsTheCaseAndOrganisationPagesButNoAdministration() {
    List<Group> menu =
        StaffMenu.build(Position.CLERK.permissions(), Locale.SIMPLIFIED_CHINESE, "/approval");

    assertThat(ids(menu))
        .contains("menuHome", "menuWorklist", "menuIntake", "menuRegions", "menuEvaluationWindow")
        .doesNotContain("menuCalendar", "menuMail", "menuJobs", "menuItems", "menuReforms");
    assertThat(menu).extracting(Group::label).contains("办件", "组织机构").doesNotContain("系统管理");
    Entry worklist =
        menu.stream()
            .flatMap(g -> g.entries().stream())
            .filter(e -> e.id().equals("menuWorklist"))
            .findFirst()
            .orElseThrow();
    assertThat(worklist.url()).isEqualTo("/approval/staff/cases/worklist.xhtml");
    assertThat(worklist.icon()).isEqualTo("pi pi-inbox");
  }

  @Test
  void aGroupWithoutAnAllowedEntryIsLeftOut() {
    List<Group> menu = StaffMenu.build(Set.of(Permission.CASE_VIEW), Locale.ENGLISH, "");

    assertThat(menu).extracting(Group::label).doesNotContain("Catalogue", "Administration");
    assertThat(ids(menu))
        .containsExactly(
            "menuHome",
            "menuWorklist",
            "menuQuestions",
            "menuEvaluationTickets",
            "menuEvaluationWorkRules",
            "menuEvaluationProfile");
  }

  @Test
  void everyPermissionOpensEveryEntryOnceAndEveryTextIsInTheBundles() {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      List<Group> menu = StaffMenu.build(EnumSet.allOf(Permission.class), locale, "");
      List<String> ids = ids(menu);
      assertThat(ids).doesNotHaveDuplicates().hasSize(33);
      assertThat(menu.stream().flatMap(g -> g.entries().stream()).map(Entry::label))
          .allMatch(label -> !label.startsWith("menu.") && !label.startsWith("staff_menu."));
      assertThat(menu).hasSize(10);
      assertThat(menu.stream().map(Group::label).filter(label -> label != null))
          .hasSize(8)
          .allMatch(label -> !label.startsWith("menu."));
    }
  }
}
