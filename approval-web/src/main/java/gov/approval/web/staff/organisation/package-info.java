/**
 * The back office pages of the organisation: the region tree, service halls, departments and one
 * department with its section, chief representative and windows. Each page has one view-scoped
 * backing bean that asks the organisation boundaries and shows their records.
 */
package gov.approval.web.staff.organisation;
