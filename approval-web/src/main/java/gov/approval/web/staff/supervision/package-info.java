/**
 * The electronic supervision pages ({@code /staff/supervision/...}): the live monitoring board,
 * correction orders for supervisors and departments, risk events and rules, warning thresholds. One
 * backing bean per page; all decisions are the supervision boundaries'.
 */
package gov.approval.web.staff.supervision;
