package gov.approval.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * The back-office pages of item files and the catalogue's Excel transfer over HTTP: who sees them,
 * and that they render for an editor with the menu entry.
 */
class CatalogueFilesPagesIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  private final WebClient browser = new WebClient();

  @Test
  void anEditorOpensTheTransferPageFromTheMenu() {
    Page home = browser.login("fgw.head", DEMO_PASSWORD);
    assertThat(home.html().getElementById("menuForm:menuTransfer")).isNotNull();

    Page transfer = browser.get("/staff/catalogue/transfer.xhtml");

    assertThat(transfer.status()).isEqualTo(200);
    assertThat(transfer.text()).contains("事项 Excel 导入导出").contains("导出全部事项");
    assertThat(transfer.html().getElementById("importForm")).isNotNull();
  }

  @Test
  void aClerkWithoutTheEditPermissionIsRefusedTheTransferPage() {
    Page home = browser.login("fgw.clerk1", DEMO_PASSWORD);
    assertThat(home.html().getElementById("menuForm:menuTransfer")).isNull();

    Page transfer = browser.get("/staff/catalogue/transfer.xhtml");

    assertThat(transfer.status()).isEqualTo(403);
    assertThat(transfer.text()).contains("无权访问");
  }

  @Test
  void anItemsFilesPageShowsItsMaterialsAndWindows() {
    browser.login("fgw.head", DEMO_PASSWORD);

    Page page = browser.get("/staff/catalogue/attachments.xhtml?id=1");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("事项附件与办理窗口").contains("申请材料").contains("办理大厅与窗口");
    assertThat(page.html().getElementById("filesForm:code").text()).isNotBlank();
  }

  @Test
  void anUnknownItemsFilesPageIsNotFound() {
    browser.login("fgw.head", DEMO_PASSWORD);

    assertThat(browser.get("/staff/catalogue/attachments.xhtml?id=987654321").status())
        .isEqualTo(404);
  }
}
