package gov.approval.it.container;

import static gov.approval.it.support.TestItems.licence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.CatalogueTransferService;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.ImportProblem;
import gov.approval.catalogue.boundary.ImportRefusedException;
import gov.approval.catalogue.boundary.ImportResult;
import gov.approval.catalogue.boundary.ItemDetails;
import gov.approval.catalogue.boundary.ItemFilter;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.NewItem;
import gov.approval.catalogue.control.WorkbookWriter;
import gov.approval.catalogue.control.WorkbookWriter.ExportedItem;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.documents.boundary.Upload;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestFiles;
import gov.approval.it.support.Unique;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.PageRequest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Excel import and export of the catalogue in the real server, as a department head: a file with
 * any bad row is refused whole with row and column messages and nothing saved; a good file creates
 * drafts and new draft versions; an exported file imports back to the same content. Workbooks are
 * built in the test with the platform's own writer and POI.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueTransferIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(
        CatalogueTransferIT.class, ItemAttachmentsIT.class, TestFiles.class);
  }

  @Inject CatalogueService catalogue;
  @Inject CatalogueTransferService transfer;
  @Inject DepartmentService departments;
  @Inject SwitchUser switchUser;

  @Test
  @ActAs("fgw.head")
  void aFileWithBadRowsIsRefusedWholeWithRowAndColumnAndNothingIsImported() {
    String good = newCode();
    String unknownType = newCode();
    String badLimits = newCode();
    byte[] file =
        edit(
            workbook(
                item(good, "良好行" + Unique.digits(4)),
                item(unknownType, "类型错误行" + Unique.digits(4)),
                item(badLimits, "时限错误行" + Unique.digits(4)),
                new ExportedItem(
                    newCode().replace("FGW", "NOSUCH"),
                    "0100000001",
                    "NOSUCH",
                    RegionLevel.CITY,
                    List.of("APPROVAL"),
                    licence("未知部门行"))),
            workbook -> {
              Sheet items = workbook.getSheet("事项");
              set(items, 2, "事项类型", "行政审查");
              set(items, 3, "法定时限", "二十天");
              set(items, 3, "承诺时限", "15");
            });
    long before = fgwItems();

    assertThatThrownBy(() -> transfer.importWorkbook(new Upload("事项.xlsx", file)))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("catalogue.import.refused");
              assertThat(e.getProblems())
                  .extracting(
                      ImportProblem::sheet,
                      ImportProblem::row,
                      ImportProblem::column,
                      ImportProblem::messageKey)
                  .containsExactly(
                      tuple("事项", 3, "事项类型", "catalogue.import.unknownValue"),
                      tuple("事项", 4, "法定时限", "catalogue.import.notNumber"),
                      tuple("事项", 5, "部门编码", "catalogue.import.unknownDepartment"));
            });
    assertThat(fgwItems()).as("nothing imported, not even the good row").isEqualTo(before);
  }

  @Test
  @ActAs("fgw.head")
  void promisedOverHalfAndDuplicateCodesAndAnotherDepartmentAreRefused() {
    String code = newCode();
    byte[] file =
        edit(
            workbook(
                item(code, "重复一" + Unique.digits(4)),
                item(code, "重复二" + Unique.digits(4)),
                new ExportedItem(
                    "01" + Unique.digits(8) + "6105003GSJ",
                    "0100000002",
                    "GSJ",
                    RegionLevel.CITY,
                    List.of("APPROVAL"),
                    licence("他部门行"))),
            workbook -> set(workbook.getSheet("事项"), 1, "承诺时限", "11"));
    long before = fgwItems();

    assertThatThrownBy(() -> transfer.importWorkbook(new Upload("事项.xlsx", file)))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(
                        ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                    .containsExactly(
                        tuple(2, "承诺时限", "catalogue.import.promisedOverHalf"),
                        tuple(3, "实施编码", "catalogue.import.duplicateCode"),
                        tuple(4, "部门编码", "catalogue.import.otherDepartment")));
    assertThat(fgwItems()).isEqualTo(before);
  }

  @Test
  @ActAs("fgw.head")
  void aFileThatIsNotAnXlsxIsRefusedByItsContent() {
    assertThatThrownBy(() -> transfer.importWorkbook(new Upload("事项.xlsx", TestFiles.png())))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("documents.file.typeNotAllowed");
              assertThat(e.getArguments()).containsExactly("PNG", "XLSX");
            });
  }

  @Test
  @ActAs("fgw.head")
  void aGoodFileCreatesDraftsAndGivesAPublishedItemANewDraftVersion() {
    String name = "导入既有事项" + Unique.digits(6);
    DraftSaved existing = catalogue.create(newItem(licence(name)));
    long version = catalogue.submitForReview(existing.itemId(), existing.version());
    switchUser.to("halladmin");
    catalogue.approve(existing.itemId(), version);
    switchUser.to("fgw.head");
    String existingCode = catalogue.details(existing.itemId()).implementationCode();
    String newCode = newCode();
    String newName = "导入新事项" + Unique.digits(6);
    long before = fgwItems();

    ImportResult result =
        transfer.importWorkbook(
            new Upload(
                "事项.xlsx",
                workbook(
                    item(newCode, newName),
                    new ExportedItem(
                        existingCode,
                        existingCode.substring(0, 10),
                        "FGW",
                        RegionLevel.CITY,
                        List.of("APPROVAL", "POWER"),
                        licence(name + "（修订）")))));

    assertThat(result.created()).isEqualTo(1);
    assertThat(result.updatedItemIds()).containsExactly(existing.itemId());
    assertThat(fgwItems()).isEqualTo(before + 1);
    ItemDetails created = catalogue.details(result.createdItemIds().get(0));
    assertThat(created.implementationCode()).isEqualTo(newCode);
    assertThat(created.status()).isEqualTo(VersionStatus.DRAFT);
    assertThat(created.working().content().name()).isEqualTo(newName);
    assertThat(created.working().content().materials()).hasSize(2);
    assertThat(created.working().content().steps()).hasSize(4);

    ItemDetails updated = catalogue.details(existing.itemId());
    assertThat(updated.published().number()).isEqualTo(1);
    assertThat(updated.published().content().name()).isEqualTo(name);
    assertThat(updated.working().number()).isEqualTo(2);
    assertThat(updated.working().status()).isEqualTo(VersionStatus.DRAFT);
    assertThat(updated.working().content().name()).isEqualTo(name + "（修订）");
    assertThat(updated.lists()).extracting(ItemListRow::code).contains("APPROVAL", "POWER");
  }

  @Test
  @ActAs("fgw.head")
  void anExportedItemImportsBackAsANewDraftWithTheSameContent() throws IOException {
    String name = "往返测试" + Unique.digits(6);
    DraftSaved created = catalogue.create(newItem(licence(name)));
    long version = catalogue.submitForReview(created.itemId(), created.version());
    switchUser.to("halladmin");
    catalogue.approve(created.itemId(), version);
    switchUser.to("fgw.head");
    ItemDetails before = catalogue.details(created.itemId());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    transfer.export(
        new ItemFilter(null, null, null, null, null, null, before.implementationCode()), null, out);
    try (XSSFWorkbook exported = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(exported.getSheet("事项").getLastRowNum()).isEqualTo(1);
      assertThat(exported.getSheet("事项").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(before.implementationCode());
      assertThat(exported.getSheet("材料").getLastRowNum()).isEqualTo(2);
      assertThat(exported.getSheet("流程").getLastRowNum()).isEqualTo(4);
    }

    ImportResult result = transfer.importWorkbook(new Upload("导出.xlsx", out.toByteArray()));

    assertThat(result.updatedItemIds()).containsExactly(created.itemId());
    ItemDetails after = catalogue.details(created.itemId());
    assertThat(after.working().number()).isEqualTo(2);
    assertThat(after.working().content()).isEqualTo(before.published().content());
  }

  // ------------------------------------------------------------------ helpers

  private long fgwItems() {
    return catalogue
        .page(PageRequest.of(0, 1), ItemFilter.NONE.withDepartment(departments.idOfCode("FGW")))
        .total();
  }

  /** A new implementation code of FGW at city level (Weinan 610500, level 3). */
  private static String newCode() {
    return "01" + Unique.digits(8) + "6105003FGW";
  }

  private static ExportedItem item(String code, String name) {
    return new ExportedItem(
        code, code.substring(0, 10), "FGW", RegionLevel.CITY, List.of("APPROVAL"), licence(name));
  }

  private NewItem newItem(ItemContent content) {
    Long approval =
        catalogue.lists().stream()
            .filter(l -> l.code().equals("APPROVAL"))
            .map(ItemListRow::id)
            .findFirst()
            .orElseThrow();
    return new NewItem(
        "01" + Unique.digits(8),
        departments.idOfCode("FGW"),
        RegionLevel.CITY,
        Set.of(approval),
        content);
  }

  private static byte[] workbook(ExportedItem... items) {
    try (WorkbookWriter writer = new WorkbookWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (ExportedItem item : items) {
        writer.add(item);
      }
      writer.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] edit(byte[] file, java.util.function.Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(workbook);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Replaces a cell (a new cell: POI does not rewrite the streaming writer's inline strings). */
  private static void set(Sheet sheet, int rowIndex, String header, String value) {
    int column = -1;
    for (var cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(header)) {
        column = cell.getColumnIndex();
      }
    }
    Row row = sheet.getRow(rowIndex);
    if (row.getCell(column) != null) {
      row.removeCell(row.getCell(column));
    }
    row.createCell(column).setCellValue(value);
  }
}
