package gov.approval.audit.boundary;

/**
 * The outcome of verifying the audit chain: how many entries were checked and, when it is broken,
 * the sequence number of the first broken link and a message key saying how.
 */
public record ChainCheck(long checked, Long brokenSeq, String reasonKey) {

  public boolean intact() {
    return brokenSeq == null;
  }
}
