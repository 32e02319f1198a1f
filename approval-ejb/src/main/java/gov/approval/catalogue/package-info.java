/**
 * The catalogue of items (事项) and the lists they stand on: each item's versions, their
 * maker-checker review and publication, the data-quality rules that block publication, reform
 * rounds and the append-only history the public changelog shows. Cases, supervision and statistics
 * read an item through the version that governs them.
 *
 * <p>Files hang on versions: blank forms and samples per material and a result sample per version
 * are rows of their own ({@code item_attachment}), changed only on a draft and copied to each new
 * draft, because they are part of what a version publishes and what its cases were shown. The
 * windows where an item is handled hang on the item, not on a version: they follow the halls'
 * organisation (a window moves, a hall opens) rather than the law, citizens need the current ones
 * whatever version governs their case, and a move must not wait for a draft and its review; each
 * change is written to the item's history (WINDOWS_CHANGED) and shows in the public changelog.
 */
package gov.approval.catalogue;
