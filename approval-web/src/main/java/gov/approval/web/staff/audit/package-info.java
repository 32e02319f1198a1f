/**
 * The audit log page for holders of AUDIT_VIEW. It lets auditors read who saw or did what and prove
 * that nobody changed the record afterwards.
 */
package gov.approval.web.staff.audit;
