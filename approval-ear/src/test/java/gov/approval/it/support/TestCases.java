package gov.approval.it.support;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.NewItem;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.identity.boundary.AccountService;
import gov.approval.identity.boundary.CitizenRegistration;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.entity.RegionLevel;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * What case tests start from: a licence item of the development and reform commission (FGW)
 * published for the test (material 0 mandatory, 1 deferrable; one review step 审查), and citizens of
 * their own. Leaves the test logged in as {@code continueAs}.
 */
@Dependent
public class TestCases {

  @Inject CatalogueService catalogue;

  @Inject DepartmentService departments;

  @Inject AccountService accounts;

  @Inject SwitchUser switchUser;

  /** Publishes {@link TestItems#licence} under a unique name; returns its implementation code. */
  public String publishedLicence(String continueAs) {
    return published(TestItems.licence("测试项目核准" + Unique.digits(6)), continueAs);
  }

  /** Publishes {@code content} as a new FGW item; returns its implementation code. */
  public String published(ItemContent content, String continueAs) {
    switchUser.to("fgw.chief");
    DraftSaved draft =
        catalogue.create(
            new NewItem(
                "01" + Unique.digits(8),
                departments.idOfCode("FGW"),
                RegionLevel.CITY,
                Set.of(listId("APPROVAL")),
                content));
    long version = catalogue.submitForReview(draft.itemId(), draft.version());
    switchUser.to("fgw.head");
    catalogue.approve(draft.itemId(), version);
    String code = catalogue.details(draft.itemId()).implementationCode();
    switchUser.to(continueAs);
    return code;
  }

  /** Registers a new citizen (mobile as login, a valid resident ID) and returns the login. */
  public String newCitizen(String name) {
    String mobile = TestPeople.mobile();
    accounts.registerCitizen(
        new CitizenRegistration(
            name, mobile, mobile + "@example.cn", TestPeople.residentId(), "Demo@2026pass"));
    return mobile;
  }

  private Long listId(String code) {
    return catalogue.lists().stream()
        .filter(l -> l.code().equals(code))
        .map(ItemListRow::id)
        .findFirst()
        .orElseThrow();
  }
}
