package gov.approval.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import gov.approval.catalogue.boundary.ImportProblem;
import gov.approval.catalogue.control.WorkbookReader.ImportedItem;
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
import gov.approval.catalogue.entity.ProcessStep;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.documents.control.ContentInspector;
import gov.approval.documents.entity.FileType;
import gov.approval.organisation.entity.RegionLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Row validation of the catalogue workbook: every bad cell reported by sheet, row and column. */
class WorkbookReaderTest {

  private static final String CODE_A = "01001010006105003SCJG";
  private static final String CODE_B = "01001020006105003SCJG";

  @Test
  void anExportedWorkbookReadsBackToTheSameContent() {
    byte[] file = export(item(CODE_A, "食品经营许可"), item(CODE_B, "食品经营许可变更"));

    WorkbookReader.Result result = WorkbookReader.read(file, code -> false);

    assertThat(result.problems()).isEmpty();
    assertThat(result.items())
        .extracting(ImportedItem::implementationCode, ImportedItem::row)
        .containsExactly(tuple(CODE_A, 2), tuple(CODE_B, 3));
    ImportedItem first = result.items().get(0);
    assertThat(first.basicCode()).isEqualTo("0100101000");
    assertThat(first.departmentCode()).isEqualTo("SCJG");
    assertThat(first.level()).isEqualTo(RegionLevel.CITY);
    assertThat(first.listCodes()).containsExactly("APPROVAL", "POWER");
    assertThat(first.content()).isEqualTo(content("食品经营许可"));
  }

  @Test
  void anExportedWorkbookPassesTheSpreadsheetUploadCheck() {
    byte[] file = export(item(CODE_A, "食品经营许可"));

    assertThat(ContentInspector.inspect(file).type()).isEqualTo(FileType.XLSX);
  }

  @Test
  void everyBadCellIsReportedWithItsRowAndColumn() {
    byte[] file =
        edit(
            export(item(CODE_A, "食品经营许可"), item(CODE_B, "食品经营许可变更"), item(CODE_A, "重复")),
            workbook -> {
              Sheet items = workbook.getSheet(CatalogueWorkbook.ITEMS);
              set(items, 1, "事项类型", "行政审查"); // row 2: no such type
              set(items, 2, "法定时限", "二十"); // row 3: not a number
              set(items, 2, "承诺时限", "abc");
              Sheet materials = workbook.getSheet(CatalogueWorkbook.MATERIALS);
              set(materials, 1, "必要性", "可能"); // row 2
              set(materials, 2, "实施编码", "X123"); // row 3: no such item
            });

    WorkbookReader.Result result = WorkbookReader.read(file, code -> false);

    assertThat(result.problems())
        .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
        .containsExactly(
            tuple("事项", 2, "事项类型"),
            tuple("事项", 3, "法定时限"),
            tuple("事项", 3, "承诺时限"),
            tuple("事项", 4, "实施编码"),
            tuple("材料", 2, "必要性"),
            tuple("材料", 3, "实施编码"));
    assertThat(result.problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly(
            "catalogue.import.unknownValue",
            "catalogue.import.notNumber",
            "catalogue.import.notNumber",
            "catalogue.import.duplicateCode",
            "catalogue.import.unknownValue",
            "catalogue.import.unknownItem");
    assertThat(result.problems().get(0).arguments()).first().isEqualTo("行政审查");
    assertThat(result.problems().get(3).arguments()).containsExactly(CODE_A, "2");
  }

  @Test
  void promisedOverHalfTheStatutoryLimitIsRefusedUnlessTheItemHasAnException() {
    byte[] file =
        edit(
            export(item(CODE_A, "食品经营许可")),
            workbook -> set(workbook.getSheet(CatalogueWorkbook.ITEMS), 1, "承诺时限", "15"));

    assertThat(WorkbookReader.read(file, code -> false).problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
        .containsExactly(tuple(2, "承诺时限", "catalogue.import.promisedOverHalf"));
    assertThat(WorkbookReader.read(file, CODE_A::equals).problems()).isEmpty();
  }

  @Test
  void missingValuesAndOutOfRangeNumbersAndLongTextsAreReported() {
    byte[] file =
        edit(
            export(item(CODE_A, "食品经营许可")),
            workbook -> {
              Sheet items = workbook.getSheet(CatalogueWorkbook.ITEMS);
              set(items, 1, "事项名称", "");
              set(items, 1, "到现场次数", "12");
              set(items, 1, "结果类型", "类".repeat(40));
              set(items, 1, "是否收费", "也许");
            });

    assertThat(WorkbookReader.read(file, code -> false).problems())
        .extracting(ImportProblem::column, ImportProblem::messageKey)
        .containsExactlyInAnyOrder(
            tuple("事项名称", "catalogue.import.required"),
            tuple("到现场次数", "catalogue.import.outOfRange"),
            tuple("结果类型", "catalogue.import.tooLong"),
            tuple("是否收费", "catalogue.import.unknownValue"));
  }

  @Test
  void aWorkbookWithoutOneOfItsSheetsSaysWhichIsMissing() {
    byte[] file =
        edit(
            export(item(CODE_A, "食品经营许可")),
            workbook -> {
              workbook.removeSheetAt(workbook.getSheetIndex(CatalogueWorkbook.STEPS));
              Row header = workbook.getSheet(CatalogueWorkbook.ITEMS).getRow(0);
              header
                  .getCell(column(workbook.getSheet(CatalogueWorkbook.ITEMS), "层级"))
                  .setCellValue("级别");
            });

    assertThat(WorkbookReader.read(file, code -> false).problems())
        .extracting(ImportProblem::messageKey, ImportProblem::arguments)
        .containsExactlyInAnyOrder(tuple("catalogue.import.missingSheet", List.of("流程")));
  }

  @Test
  void notAWorkbookAtAllIsUnreadable() {
    assertThat(WorkbookReader.read(new byte[] {1, 2, 3}, code -> false).problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("catalogue.import.unreadable");
  }

  // ------------------------------------------------------------------ helpers

  private static ExportedItem item(String code, String name) {
    return new ExportedItem(
        code,
        code.substring(0, 10),
        "SCJG",
        RegionLevel.CITY,
        List.of("POWER", "APPROVAL"),
        content(name));
  }

  private static ItemContent content(String name) {
    return ItemContent.builder()
        .name(name)
        .keywords("餐饮 食品")
        .type(ItemType.LICENSING)
        .serviceObjects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
        .conditions("有与经营的食品品种相适应的场所。")
        .material(
            new ItemMaterial(
                "食品经营许可申请书", MaterialForm.ORIGINAL, 1, MaterialNecessity.MANDATORY, "申请人自备", null))
        .material(
            new ItemMaterial(
                "营业执照", MaterialForm.COPY, 2, MaterialNecessity.DEFERRABLE, null, "加盖公章"))
        .steps(
            List.of(
                new ProcessStep("受理", "窗口人员", 1, null, "受理通知书"),
                new ProcessStep("审查", "审查人员", 5, "现场核查", null),
                new ProcessStep("决定", "首席代表", 2, null, null),
                new ProcessStep("办结", "窗口人员", null, null, "许可证")))
        .limits(CaseKind.PROMISED, 20, 10)
        .free()
        .online(OnlineLevel.PARTIAL, OnlineDepth.III)
        .visits(1, "现场核查")
        .delivery(DeliveryMode.WINDOW, DeliveryMode.POST)
        .result("食品经营许可证", "证照")
        .phones("0913-2123456", "12345")
        .build();
  }

  private static byte[] export(ExportedItem... items) {
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

  private static byte[] edit(byte[] file, Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(workbook);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Sheet sheet, int rowIndex, String header, String value) {
    // A new cell: POI does not rewrite the inline strings the streaming writer produced.
    Row row = sheet.getRow(rowIndex);
    int column = column(sheet, header);
    if (row.getCell(column) != null) {
      row.removeCell(row.getCell(column));
    }
    row.createCell(column).setCellValue(value);
  }

  private static int column(Sheet sheet, String header) {
    for (var cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new IllegalArgumentException(header);
  }
}
