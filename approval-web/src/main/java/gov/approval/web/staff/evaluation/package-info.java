/**
 * Staff pages of citizen evaluation and assessment: starting a window rating, the rectification
 * tickets of bad reviews with appeals, the assessment rules, and the rankings. Each page calls the
 * evaluation feature's boundaries, which check roles and departments.
 */
package gov.approval.web.staff.evaluation;
