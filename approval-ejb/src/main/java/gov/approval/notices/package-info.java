/**
 * Official notices (受理通知书, 补正材料通知书, 准予/不予行政许可决定书 and the other documents of a case) as A4 PDFs with
 * the hall's name, the case number and a QR code that opens the public progress page. The cases
 * feature fills a {@link gov.approval.notices.boundary.Notice} for each step; this feature only
 * renders it, so mails and downloads attach the same bytes.
 */
package gov.approval.notices;
