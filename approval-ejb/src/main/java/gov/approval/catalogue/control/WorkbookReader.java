package gov.approval.catalogue.control;

import static gov.approval.catalogue.control.CatalogueWorkbook.ITEMS;
import static gov.approval.catalogue.control.CatalogueWorkbook.MATERIALS;
import static gov.approval.catalogue.control.CatalogueWorkbook.STEPS;

import gov.approval.catalogue.boundary.ImportProblem;
import gov.approval.catalogue.control.CatalogueWorkbook.ItemColumn;
import gov.approval.catalogue.control.CatalogueWorkbook.MaterialColumn;
import gov.approval.catalogue.control.CatalogueWorkbook.StepColumn;
import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.ItemCodes;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ProcessStep;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.organisation.entity.RegionLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a catalogue workbook ({@link CatalogueWorkbook}) and checks every cell that can be checked
 * without the database: required values, words of enumerations, numbers and their ranges, lengths,
 * promised limit at most half the statutory one, codes unique in the file, materials and steps
 * belonging to an item of the file. It collects every problem with its row and column instead of
 * stopping at the first, so the user can fix the whole file at once.
 */
public final class WorkbookReader {

  /** What was read: the items (meaningful only when there are no problems) and the problems. */
  public record Result(List<ImportedItem> items, List<ImportProblem> problems) {}

  /** One item row with its materials and steps, as content for a draft. */
  public record ImportedItem(
      int row,
      String implementationCode,
      String basicCode,
      String departmentCode,
      RegionLevel level,
      Set<String> listCodes,
      ItemContent content) {}

  private static final String SEPARATORS = "[、,，;；\\s]+";

  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
  private final List<ImportProblem> problems = new ArrayList<>();
  private final Predicate<String> limitExceptionFor;

  private WorkbookReader(Predicate<String> limitExceptionFor) {
    this.limitExceptionFor = limitExceptionFor;
  }

  /**
   * Reads {@code content}; {@code limitExceptionFor} says which implementation codes have an
   * administrator's exception to the half-limit rule (existing items keep theirs).
   */
  public static Result read(byte[] content, Predicate<String> limitExceptionFor) {
    WorkbookReader reader = new WorkbookReader(limitExceptionFor);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      return reader.read(workbook);
    } catch (IOException | RuntimeException e) {
      return new Result(
          List.of(),
          List.of(
              ImportProblem.of(
                  ITEMS, 0, "", "catalogue.import.unreadable", e.getClass().getSimpleName())));
    }
  }

  private Result read(Workbook workbook) {
    Sheet itemSheet = sheet(workbook, ITEMS);
    Sheet materialSheet = sheet(workbook, MATERIALS);
    Sheet stepSheet = sheet(workbook, STEPS);
    if (itemSheet == null || materialSheet == null || stepSheet == null) {
      return result(List.of());
    }
    Map<String, Integer> itemColumns = columns(itemSheet, headers(ItemColumn.values()));
    Map<String, Integer> materialColumns = columns(materialSheet, headers(MaterialColumn.values()));
    Map<String, Integer> stepColumns = columns(stepSheet, headers(StepColumn.values()));
    if (!problems.isEmpty()) {
      return result(List.of());
    }
    Map<String, Integer> codeRows = new HashMap<>();
    Map<String, ItemFields> items = new LinkedHashMap<>();
    for (Row row : rowsOf(itemSheet)) {
      ItemFields fields = new Cells(ITEMS, row, itemColumns).item();
      if (fields.code == null) {
        continue;
      }
      Integer first = codeRows.putIfAbsent(fields.code, row.getRowNum() + 1);
      if (first != null) {
        problem(
            ITEMS,
            row.getRowNum() + 1,
            ItemColumn.CODE.header(),
            "catalogue.import.duplicateCode",
            fields.code,
            first);
        continue;
      }
      items.put(fields.code, fields);
    }
    if (items.isEmpty() && problems.isEmpty()) {
      problem(ITEMS, 2, ItemColumn.CODE.header(), "catalogue.import.empty");
    }
    for (Row row : rowsOf(materialSheet)) {
      Cells cells = new Cells(MATERIALS, row, materialColumns);
      String code = cells.code(items);
      ItemMaterial material = cells.material();
      if (code != null && material != null) {
        items.get(code).materials.add(material);
      }
    }
    for (Row row : rowsOf(stepSheet)) {
      Cells cells = new Cells(STEPS, row, stepColumns);
      String code = cells.code(items);
      ProcessStep step = cells.step();
      if (code != null && step != null) {
        items.get(code).steps.add(step);
      }
    }
    List<ImportedItem> read = new ArrayList<>();
    for (ItemFields fields : items.values()) {
      if (fields.valid) {
        read.add(fields.toItem());
      }
    }
    return result(read);
  }

  private Result result(List<ImportedItem> items) {
    List<ImportProblem> sorted = new ArrayList<>(problems);
    List<String> order = List.of(ITEMS, MATERIALS, STEPS);
    sorted.sort(
        (a, b) ->
            order.indexOf(a.sheet()) != order.indexOf(b.sheet())
                ? Integer.compare(order.indexOf(a.sheet()), order.indexOf(b.sheet()))
                : Integer.compare(a.row(), b.row()));
    return new Result(items, sorted);
  }

  private Sheet sheet(Workbook workbook, String name) {
    Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      problem(name, 0, "", "catalogue.import.missingSheet", name);
    }
    return sheet;
  }

  /** Header name → column index, from the sheet's first row; a missing header is a problem. */
  private Map<String, Integer> columns(Sheet sheet, List<String> headers) {
    Map<String, Integer> found = new HashMap<>();
    Row header = sheet.getRow(sheet.getFirstRowNum());
    if (header != null) {
      for (Cell cell : header) {
        String text = formatter.formatCellValue(cell).strip();
        if (!text.isEmpty()) {
          found.putIfAbsent(text, cell.getColumnIndex());
        }
      }
    }
    for (String name : headers) {
      if (!found.containsKey(name)) {
        problem(sheet.getSheetName(), 1, name, "catalogue.import.missingColumn", name);
      }
    }
    return found;
  }

  /** The data rows (after the header) that hold anything. */
  private List<Row> rowsOf(Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() == sheet.getFirstRowNum()) {
        continue;
      }
      boolean blank = true;
      for (Cell cell : row) {
        if (!formatter.formatCellValue(cell).isBlank()) {
          blank = false;
          break;
        }
      }
      if (!blank) {
        rows.add(row);
      }
    }
    return rows;
  }

  private void problem(String sheet, int row, String column, String key, Object... arguments) {
    problems.add(ImportProblem.of(sheet, row, column, key, arguments));
  }

  private static List<String> headers(Enum<?>[] columns) {
    List<String> headers = new ArrayList<>();
    for (Enum<?> column : columns) {
      if (column instanceof ItemColumn c) {
        headers.add(c.header());
      } else if (column instanceof MaterialColumn c) {
        headers.add(c.header());
      } else {
        headers.add(((StepColumn) column).header());
      }
    }
    return headers;
  }

  /** An item row's values while its materials and steps are gathered. */
  private static final class ItemFields {
    int row;
    boolean valid = true;
    String code;
    String basicCode;
    String department;
    RegionLevel level;
    Set<String> lists;
    ItemContent.Builder content;
    final List<ItemMaterial> materials = new ArrayList<>();
    final List<ProcessStep> steps = new ArrayList<>();

    ImportedItem toItem() {
      return new ImportedItem(
          row,
          code,
          basicCode,
          department,
          level,
          lists,
          content.materials(materials).steps(steps).build());
    }
  }

  /** The cells of one row, read with their column names for the problems they may have. */
  private final class Cells {
    private final String sheet;
    private final Row row;
    private final Map<String, Integer> columns;
    private final int before = problems.size();

    Cells(String sheet, Row row, Map<String, Integer> columns) {
      this.sheet = sheet;
      this.row = row;
      this.columns = columns;
    }

    int number() {
      return row.getRowNum() + 1;
    }

    boolean clean() {
      return problems.size() == before;
    }

    ItemFields item() {
      ItemFields f = new ItemFields();
      f.row = number();
      f.code = upper(required(ItemColumn.CODE.header()));
      f.basicCode = text(ItemColumn.BASIC_CODE.header(), ItemCodes.BASIC_CODE_LENGTH, true);
      if (f.basicCode != null && !f.basicCode.matches(ItemCodes.BASIC_CODE_PATTERN)) {
        add(ItemColumn.BASIC_CODE.header(), "catalogue.import.basicCode", f.basicCode);
      }
      f.department = upper(required(ItemColumn.DEPARTMENT.header()));
      f.level = choice(ItemColumn.LEVEL.header(), CatalogueWorkbook.LEVELS, true);
      String lists = required(ItemColumn.LISTS.header());
      f.lists = new LinkedHashSet<>();
      if (lists != null) {
        for (String code : lists.split(SEPARATORS)) {
          if (!code.isBlank()) {
            f.lists.add(code.toUpperCase(Locale.ROOT));
          }
        }
      }
      String name = text(ItemColumn.NAME.header(), ItemVersion.NAME_LENGTH, true);
      ItemType type = choice(ItemColumn.TYPE.header(), CatalogueWorkbook.TYPES, true);
      String keywords = text(ItemColumn.KEYWORDS.header(), ItemVersion.KEYWORDS_LENGTH, false);
      Set<ServiceObject> objects =
          choices(
              ItemColumn.SERVICE_OBJECTS.header(), CatalogueWorkbook.OBJECTS, ServiceObject.class);
      String conditions =
          text(ItemColumn.CONDITIONS.header(), ItemVersion.CONDITIONS_LENGTH, false);
      CaseKind caseKind = choice(ItemColumn.CASE_KIND.header(), CatalogueWorkbook.CASE_KINDS, true);
      Integer statutory =
          integer(ItemColumn.STATUTORY_DAYS.header(), 0, ItemVersion.MAX_LIMIT_DAYS, false);
      Integer promised =
          integer(ItemColumn.PROMISED_DAYS.header(), 0, ItemVersion.MAX_LIMIT_DAYS, true);
      if (statutory != null
          && promised != null
          && promised * 2 > statutory
          && (f.code == null || !limitExceptionFor.test(f.code))) {
        add(
            ItemColumn.PROMISED_DAYS.header(),
            "catalogue.import.promisedOverHalf",
            promised,
            statutory);
      }
      Boolean charged = yesNo(ItemColumn.CHARGED.header());
      OnlineLevel online =
          choice(ItemColumn.ONLINE_LEVEL.header(), CatalogueWorkbook.ONLINE_LEVELS, true);
      OnlineDepth depth = choice(ItemColumn.ONLINE_DEPTH.header(), CatalogueWorkbook.DEPTHS, false);
      Integer visits = integer(ItemColumn.VISITS.header(), 0, ItemVersion.MAX_VISITS, false);
      String visitReason = text(ItemColumn.VISIT_REASON.header(), ItemVersion.REASON_LENGTH, false);
      Set<DeliveryMode> delivery =
          choices(ItemColumn.DELIVERY.header(), CatalogueWorkbook.DELIVERY, DeliveryMode.class);
      String resultName =
          text(ItemColumn.RESULT_NAME.header(), ItemVersion.RESULT_NAME_LENGTH, false);
      String resultType =
          text(ItemColumn.RESULT_TYPE.header(), ItemVersion.RESULT_TYPE_LENGTH, false);
      String consultation =
          text(ItemColumn.CONSULTATION_PHONE.header(), ItemVersion.PHONE_LENGTH, false);
      String complaint = text(ItemColumn.COMPLAINT_PHONE.header(), ItemVersion.PHONE_LENGTH, false);
      f.valid = clean();
      if (f.valid) {
        f.content =
            ItemContent.builder()
                .name(name)
                .type(type)
                .keywords(keywords)
                .serviceObjects(objects.toArray(ServiceObject[]::new))
                .conditions(conditions)
                .limits(caseKind, statutory, promised)
                .charged(Boolean.TRUE.equals(charged))
                .online(online, depth)
                .visits(visits == null ? 0 : visits, visitReason)
                .delivery(delivery.toArray(DeliveryMode[]::new))
                .result(resultName, resultType)
                .phones(consultation, complaint);
      }
      return f;
    }

    /** The item code of a material or step row, which must be an item of the file. */
    String code(Map<String, ItemFields> items) {
      String code = upper(required(CatalogueWorkbook.CODE));
      if (code != null && !items.containsKey(code)) {
        add(CatalogueWorkbook.CODE, "catalogue.import.unknownItem", code);
        return null;
      }
      return code;
    }

    ItemMaterial material() {
      String name = text(MaterialColumn.NAME.header(), ItemMaterial.NAME_LENGTH, true);
      MaterialForm form = choice(MaterialColumn.FORM.header(), CatalogueWorkbook.FORMS, false);
      Integer copies = integer(MaterialColumn.COPIES.header(), 0, ItemMaterial.MAX_COPIES, false);
      MaterialNecessity necessity =
          choice(MaterialColumn.NECESSITY.header(), CatalogueWorkbook.NECESSITIES, true);
      String source = text(MaterialColumn.SOURCE.header(), ItemMaterial.SOURCE_LENGTH, false);
      String notes = text(MaterialColumn.NOTES.header(), ItemMaterial.NOTES_LENGTH, false);
      return clean()
          ? new ItemMaterial(name, form, copies == null ? 1 : copies, necessity, source, notes)
          : null;
    }

    ProcessStep step() {
      String name = text(StepColumn.NAME.header(), ProcessStep.NAME_LENGTH, true);
      String role = text(StepColumn.ROLE.header(), ProcessStep.ROLE_LENGTH, false);
      Integer limit = integer(StepColumn.LIMIT_DAYS.header(), 0, ItemVersion.MAX_LIMIT_DAYS, false);
      String criteria = text(StepColumn.CRITERIA.header(), ProcessStep.CRITERIA_LENGTH, false);
      String result = text(StepColumn.RESULT.header(), ProcessStep.RESULT_LENGTH, false);
      return clean() ? new ProcessStep(name, role, limit, criteria, result) : null;
    }

    private String raw(String column) {
      Integer index = columns.get(column);
      Cell cell = index == null ? null : row.getCell(index);
      if (cell == null) {
        return null;
      }
      String text = formatter.formatCellValue(cell).strip();
      return text.isEmpty() ? null : text;
    }

    private String required(String column) {
      String value = raw(column);
      if (value == null) {
        add(column, "catalogue.import.required");
      }
      return value;
    }

    private String text(String column, int maxLength, boolean required) {
      String value = required ? required(column) : raw(column);
      if (value != null && value.length() > maxLength) {
        add(column, "catalogue.import.tooLong", maxLength);
        return null;
      }
      return value;
    }

    private Integer integer(String column, int min, int max, boolean required) {
      String value = required ? required(column) : raw(column);
      if (value == null) {
        return null;
      }
      int number;
      try {
        number = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        add(column, "catalogue.import.notNumber", value);
        return null;
      }
      if (number < min || number > max) {
        add(column, "catalogue.import.outOfRange", value, min, max);
        return null;
      }
      return number;
    }

    private Boolean yesNo(String column) {
      String value = raw(column);
      if (value == null) {
        return Boolean.FALSE;
      }
      if (Arrays.asList(CatalogueWorkbook.YES, "true", "y", "1")
          .contains(value.toLowerCase(Locale.ROOT))) {
        return Boolean.TRUE;
      }
      if (Arrays.asList(CatalogueWorkbook.NO, "false", "n", "0")
          .contains(value.toLowerCase(Locale.ROOT))) {
        return Boolean.FALSE;
      }
      add(
          column,
          "catalogue.import.unknownValue",
          value,
          CatalogueWorkbook.YES + "、" + CatalogueWorkbook.NO);
      return null;
    }

    private <E extends Enum<E>> E choice(String column, Labels<E> labels, boolean required) {
      String value = required ? required(column) : raw(column);
      if (value == null) {
        return null;
      }
      return labels
          .parse(value)
          .orElseGet(
              () -> {
                add(column, "catalogue.import.unknownValue", value, labels.choices());
                return null;
              });
    }

    private <E extends Enum<E>> Set<E> choices(String column, Labels<E> labels, Class<E> type) {
      String value = raw(column);
      Set<E> values = EnumSet.noneOf(type);
      if (value == null) {
        return values;
      }
      for (String word : value.split(SEPARATORS)) {
        if (word.isBlank()) {
          continue;
        }
        labels
            .parse(word)
            .ifPresentOrElse(
                values::add,
                () -> add(column, "catalogue.import.unknownValue", word, labels.choices()));
      }
      return values;
    }

    private String upper(String value) {
      return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private void add(String column, String key, Object... arguments) {
      problem(sheet, number(), column, key, arguments);
    }
  }
}
