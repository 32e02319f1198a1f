/**
 * What the catalogue keeps beside the version content, and its Excel workbook. Attachments hang
 * stored files on item versions (blank forms and samples per material position, a result sample per
 * version) and are copied to each new draft; windows are per item. The workbook ({@link
 * gov.approval.catalogue.control.CatalogueWorkbook}) has three sheets, 事项 (one row per item: codes,
 * department code, level, lists, name, type and the other headline fields), 材料 and 流程 (one row per
 * material or step, in order, keyed by the item's implementation code); the reader reports every
 * bad cell by sheet, row and column instead of stopping at the first.
 */
package gov.approval.catalogue.control;
