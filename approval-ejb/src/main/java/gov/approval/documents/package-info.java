/**
 * Stored files: uploads whose type is detected from their bytes (never from their name), checked
 * against the policy of the purpose they serve (blank forms, samples, spreadsheets, later case
 * materials) and a size limit, kept in the database under a generated name and served only under
 * that name. Features hang files on their own rows (the catalogue on item versions) and tell this
 * feature which files anyone may read through {@link gov.approval.documents.boundary.PublicFiles}.
 *
 * <p>The bytes live in the database, in a table of their own beside the metadata: one backup, one
 * transaction with the rows that point at them, and lists of files never read content. TODO [Perf]:
 * files stay when the rows pointing at them go (a removed attachment may still be the published
 * version's); a cleanup of unreferenced files is for later, when the volume asks for it.
 */
package gov.approval.documents;
