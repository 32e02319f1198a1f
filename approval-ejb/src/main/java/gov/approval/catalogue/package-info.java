/**
 * The catalogue of items (事项) and the lists they stand on: each item's versions, their
 * maker-checker review and publication, the data-quality rules that block publication, reform
 * rounds and the append-only history the public changelog shows. Cases, supervision and statistics
 * read an item through the version that governs them.
 */
package gov.approval.catalogue;
