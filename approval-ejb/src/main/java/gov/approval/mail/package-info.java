/**
 * The mail outbox: every mail a feature fires is stored in the transaction that caused it and sent
 * after the commit by a background sender that retries with backoff, so an SMTP outage delays mail
 * and loses none. Staff see each mail's delivery state and may retry one at once.
 */
package gov.approval.mail;
