/**
 * What every feature stands on: the datasource and its migrations, the mail session and the mailer,
 * the business exception root and paging. It knows no feature; features use only its {@code
 * boundary}.
 */
package gov.approval.platform;
