package gov.approval.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * Who sees which catalogue page, over HTTP: the menu follows the permissions, a window clerk is
 * refused the item list, and an editor of another department reads an item without the means to
 * change it.
 */
class CatalogueAccessIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  @Test
  void theMenuShowsEachCataloguePageToThoseWhoMayUseIt() {
    WebClient chief = new WebClient();
    chief.login("fgw.chief", DEMO_PASSWORD);
    Page editor = chief.get("/staff/index.xhtml");
    assertThat(editor.html().getElementById("menuForm:menuItems")).isNotNull();
    assertThat(editor.html().getElementById("menuForm:menuReview")).isNull();
    assertThat(editor.html().getElementById("menuForm:menuReforms")).isNull();

    WebClient office = new WebClient();
    office.login("halladmin", DEMO_PASSWORD);
    Page hall = office.get("/staff/index.xhtml");
    assertThat(hall.html().getElementById("menuForm:menuItems")).isNotNull();
    assertThat(hall.html().getElementById("menuForm:menuReview")).isNotNull();
    assertThat(hall.html().getElementById("menuForm:menuReforms")).isNotNull();
  }

  @Test
  void theSystemAdministratorReadsAReformRoundWithoutLinksToAnEditorItMayNotOpen() {
    WebClient admin = new WebClient();
    admin.login("admin", DEMO_PASSWORD);
    Page rounds = admin.get("/staff/catalogue/reforms.xhtml");
    WebClient office = new WebClient();
    office.login("halladmin", DEMO_PASSWORD);
    // A round with decisions (other tests may leave rounds without any): the hall office, which
    // reviews items, gets links to them; the system administrator reads the same rows without.
    String round =
        rounds.html().select("a[id$=:open]").eachAttr("href").stream()
            .map(href -> href.substring(href.indexOf("/staff/")))
            .filter(
                path ->
                    !office
                        .get(path)
                        .html()
                        .select("a[href*=/staff/catalogue/item.xhtml]")
                        .isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no reform round with decisions is listed"));

    Page decisions = admin.get(round);

    assertThat(decisions.status()).isEqualTo(200);
    assertThat(decisions.html().select("a[href*=/staff/catalogue/item.xhtml]")).isEmpty();
    assertThat(decisions.html().select("tbody tr").first().text()).isNotBlank();
  }

  @Test
  void aWindowClerkIsRefusedTheItemList() {
    WebClient clerk = new WebClient();
    clerk.login("fgw.clerk1", DEMO_PASSWORD);

    Page refused = clerk.get("/staff/catalogue/items.xhtml");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.html().getElementById("menuForm:menuItems")).isNull();
  }

  @Test
  void anEditorOfAnotherDepartmentReadsAnItemButCannotChangeIt() {
    WebClient fgw = new WebClient();
    fgw.login("fgw.chief", DEMO_PASSWORD);
    Page list = fgw.get("/staff/catalogue/items.xhtml");
    String itemLink =
        list.uri().resolve(list.html().select("a[id$=':open']").first().attr("href")).toString();
    Page own = fgw.get(itemLink);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.text()).doesNotContain("该事项属于其他部门");

    WebClient gsj = new WebClient();
    gsj.login("gsj.chief", DEMO_PASSWORD);
    Page other = gsj.get(itemLink);

    assertThat(other.status()).isEqualTo(200);
    assertThat(other.text()).contains("该事项属于其他部门，您只能查看");
    assertThat(other.html().getElementById("itemForm:save")).isNull();
    assertThat(other.html().getElementById("itemForm:startNewDraft")).isNull();
    assertThat(other.html().getElementById("itemForm:tabs:conditions").hasAttr("disabled"))
        .isTrue();
  }
}
