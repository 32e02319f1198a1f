/**
 * The staff pages of complaints: the list, one complaint with its reply and routing, and the phone
 * form. They keep every complaint in front of the department that must answer it, on time.
 */
package gov.approval.web.staff.complaints;
