/**
 * The staff case pages: the worklist, the case page with its actions, and window intake. They read
 * and act only through {@code casework.boundary.CaseHandlingService}, which checks every rule.
 */
package gov.approval.web.staff.cases;
