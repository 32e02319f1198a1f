package gov.approval.mail.boundary;

/**
 * What one run of the sender did: mails the server took, mails that failed and wait for their next
 * attempt, and mails given up (failed the last allowed attempt).
 */
public record SendReport(int sent, int retrying, int failed) {

  public static final SendReport NONE = new SendReport(0, 0, 0);
}
