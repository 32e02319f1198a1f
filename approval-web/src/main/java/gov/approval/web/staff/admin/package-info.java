/**
 * The back office administration pages: staff accounts with their positions, windows, status,
 * lockout and passwords. The boundaries decide whose accounts a caller may manage.
 */
package gov.approval.web.staff.admin;
