package gov.approval.catalogue.control;

import static gov.approval.catalogue.control.CatalogueWorkbook.ITEMS;
import static gov.approval.catalogue.control.CatalogueWorkbook.MATERIALS;
import static gov.approval.catalogue.control.CatalogueWorkbook.STEPS;

import gov.approval.catalogue.control.CatalogueWorkbook.ItemColumn;
import gov.approval.catalogue.control.CatalogueWorkbook.MaterialColumn;
import gov.approval.catalogue.control.CatalogueWorkbook.StepColumn;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ProcessStep;
import gov.approval.organisation.entity.RegionLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the catalogue workbook ({@link CatalogueWorkbook}) item by item with POI's streaming
 * workbook: only a window of rows per sheet stays in memory, the rest goes to temporary files, so
 * an export of the whole catalogue costs the same memory as one of ten items. Close it after use.
 */
public final class WorkbookWriter implements AutoCloseable {

  /** Rows of each sheet kept in memory before they are flushed to disk. */
  private static final int WINDOW = 200;

  /** One item to write: its keys and the content of the version exported. */
  public record ExportedItem(
      String implementationCode,
      String basicCode,
      String departmentCode,
      RegionLevel level,
      Collection<String> listCodes,
      ItemContent content) {}

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final Sheet items;
  private final Sheet materials;
  private final Sheet steps;
  private int itemRow = 1;
  private int materialRow = 1;
  private int stepRow = 1;

  public WorkbookWriter() {
    workbook.setCompressTempFiles(true);
    // Plain zip entries unless the file needs Zip64: more readers cope with them.
    workbook.setZip64Mode(Zip64Mode.AsNeeded);
    CellStyle header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    items = sheet(ITEMS, headers(ItemColumn.values()), header);
    materials = sheet(MATERIALS, headers(MaterialColumn.values()), header);
    steps = sheet(STEPS, headers(StepColumn.values()), header);
  }

  public void add(ExportedItem item) {
    ItemContent c = item.content();
    Row row = items.createRow(itemRow++);
    Object[] values = {
      item.implementationCode(),
      item.basicCode(),
      item.departmentCode(),
      CatalogueWorkbook.LEVELS.label(item.level()),
      String.join("、", item.listCodes().stream().sorted().toList()),
      c.name(),
      CatalogueWorkbook.TYPES.label(c.type()),
      c.keywords(),
      joined(c.serviceObjects(), CatalogueWorkbook.OBJECTS),
      c.conditions(),
      CatalogueWorkbook.CASE_KINDS.label(c.caseKind()),
      c.statutoryLimitDays(),
      c.promisedLimitDays(),
      c.charged() ? CatalogueWorkbook.YES : CatalogueWorkbook.NO,
      CatalogueWorkbook.ONLINE_LEVELS.label(c.onlineLevel()),
      CatalogueWorkbook.DEPTHS.label(c.onlineDepth()),
      c.onSiteVisits(),
      c.onSiteReason(),
      joined(c.deliveryModes(), CatalogueWorkbook.DELIVERY),
      c.resultName(),
      c.resultType(),
      c.consultationPhone(),
      c.complaintPhone()
    };
    write(row, values);
    for (ItemMaterial m : c.materials()) {
      write(
          materials.createRow(materialRow++),
          new Object[] {
            item.implementationCode(),
            m.getName(),
            CatalogueWorkbook.FORMS.label(m.getForm()),
            m.getCopies(),
            CatalogueWorkbook.NECESSITIES.label(m.getNecessity()),
            m.getSource(),
            m.getNotes()
          });
    }
    for (ProcessStep s : c.steps()) {
      write(
          steps.createRow(stepRow++),
          new Object[] {
            item.implementationCode(),
            s.getName(),
            s.getRole(),
            s.getLimitDays(),
            s.getCriteria(),
            s.getResult()
          });
    }
  }

  /** Writes the finished workbook to {@code out} (not closed here). */
  public void writeTo(OutputStream out) {
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Sheet sheet(String name, String[] headers, CellStyle style) {
    SXSSFSheet sheet = workbook.createSheet(name);
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      row.createCell(i).setCellValue(headers[i]);
      row.getCell(i).setCellStyle(style);
      sheet.setColumnWidth(i, 16 * 256);
    }
    sheet.createFreezePane(1, 1);
    return sheet;
  }

  /** Codes and texts as text cells (a basic code keeps its leading zero), numbers as numbers. */
  private static void write(Row row, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (value != null) {
        row.createCell(i).setCellValue(value.toString());
      }
    }
  }

  private static <E extends Enum<E>> String joined(Set<E> values, Labels<E> labels) {
    if (values.isEmpty()) {
      return null;
    }
    return EnumSet.copyOf(values).stream().map(labels::label).collect(Collectors.joining("、"));
  }

  private static String[] headers(Enum<?>[] columns) {
    String[] headers = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      Enum<?> column = columns[i];
      if (column instanceof ItemColumn c) {
        headers[i] = c.header();
      } else if (column instanceof MaterialColumn c) {
        headers[i] = c.header();
      } else {
        headers[i] = ((StepColumn) column).header();
      }
    }
    return headers;
  }
}
