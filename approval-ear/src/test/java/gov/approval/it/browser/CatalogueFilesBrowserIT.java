package gov.approval.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.control.WorkbookWriter;
import gov.approval.catalogue.control.WorkbookWriter.ExportedItem;
import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.it.support.Browser;
import gov.approval.it.support.TestFiles;
import gov.approval.it.support.Unique;
import gov.approval.organisation.entity.RegionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An editor in real Chromium imports a workbook (a bad one is refused with its report, a good one
 * creates a draft), opens the new draft's files and uploads a blank form: a PNG named .pdf is
 * refused with the content message, a real PDF is taken and offered for download.
 */
class CatalogueFilesBrowserIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  @TempDir Path files;

  @Test
  void anEditorImportsADraftAndUploadsItsBlankForm() throws IOException {
    String code = "01" + Unique.digits(8) + "6105003FGW";
    String name = "浏览器导入测试" + Unique.digits(4);
    Path bad = write("坏文件.xlsx", workbook(code, name, "行政审查"));
    Path good = write("事项.xlsx", workbook(code, name, "行政许可"));
    Path png = write("申请表.pdf", TestFiles.png());
    Path pdf = write("申请表.pdf", TestFiles.pdf("browser " + Unique.digits(6)));

    try (Browser browser = Browser.start()) {
      browser.login("fgw.head", DEMO_PASSWORD);
      browser.click("menuForm:menuTransfer");
      browser.waitForTextAnywhere("事项 Excel 导入导出");

      upload(browser, "importForm:workbook_input", bad);
      browser.waitForText("importForm:problems", "事项类型");
      assertThat(browser.text("importForm:problems")).contains("“行政审查”不是有效的取值");
      assertThat(browser.pageText()).contains("导入被拒绝");
      browser.screenshot("catalogue-import-refused");

      upload(browser, "importForm:workbook_input", good);
      browser.waitForTextAnywhere("导入成功：新建 1 个事项草稿");
      browser.click("importForm:importedItems:0:openFiles");
      browser.waitForText("filesForm:code", code);

      upload(browser, "filesForm:materialsTable:0:blankFormUpload_input", png);
      browser.waitForTextAnywhere("文件内容不是允许的类型：PNG");

      upload(browser, "filesForm:materialsTable:0:blankFormUpload_input", pdf);
      browser.waitForText("filesForm:materialsTable", "申请表.pdf");
      assertThat(
              browser
                  .driver()
                  .findElement(By.id("filesForm:materialsTable:0:blankFormLink"))
                  .getAttribute("href"))
          .matches(".*/approval/files/[0-9a-f-]{36}$");
      browser.screenshot("catalogue-blank-form-uploaded");
    }
  }

  private static void upload(Browser browser, String inputId, Path file) {
    browser
        .waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.id(inputId)))
        .sendKeys(file.toAbsolutePath().toString());
  }

  private Path write(String name, byte[] content) throws IOException {
    Path dir = Files.createTempDirectory(files, "f");
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] workbook(String code, String name, String type) throws IOException {
    ItemContent content =
        ItemContent.builder()
            .name(name)
            .type(ItemType.LICENSING)
            .serviceObjects(ServiceObject.ENTERPRISE)
            .material(
                new ItemMaterial(
                    "项目申请报告", MaterialForm.ORIGINAL, 1, MaterialNecessity.MANDATORY, null, null))
            .step("受理", "窗口人员", 1)
            .step("审查", "审查人员", 5)
            .step("决定", "首席代表", 3)
            .step("办结", "窗口人员", 1)
            .limits(CaseKind.PROMISED, 20, 10)
            .free()
            .online(OnlineLevel.PARTIAL, OnlineDepth.III)
            .visits(1, "提交纸质材料")
            .delivery(DeliveryMode.WINDOW)
            .build();
    try (WorkbookWriter writer = new WorkbookWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      writer.add(
          new ExportedItem(
              code, code.substring(0, 10), "FGW", RegionLevel.CITY, List.of("APPROVAL"), content));
      writer.writeTo(out);
      byte[] file = out.toByteArray();
      return type.equals("行政许可") ? file : replaceType(file, type);
    }
  }

  /** The same workbook with the item type cell replaced (a new cell, see the reader's tests). */
  private static byte[] replaceType(byte[] file, String type) throws IOException {
    try (var workbook =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = workbook.getSheet("事项");
      int column = -1;
      for (var cell : sheet.getRow(0)) {
        if (cell.getStringCellValue().equals("事项类型")) {
          column = cell.getColumnIndex();
        }
      }
      var row = sheet.getRow(1);
      row.removeCell(row.getCell(column));
      row.createCell(column).setCellValue(type);
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
