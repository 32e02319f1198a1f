/**
 * The back office pages of the item catalogue: the item list, the item editor with its material,
 * step, fee and FAQ tables, the review queue and the reform rounds. The boundaries hold the rules;
 * these beans turn their records into editable rows and back, and show what the rules say.
 */
package gov.approval.web.staff.catalogue;
