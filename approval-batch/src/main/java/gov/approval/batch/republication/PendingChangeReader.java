package gov.approval.batch.republication;

import gov.approval.republication.control.RepublicationLedger;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads the ids of the changes still to hand over, in id order, a page at a time. The checkpoint is
 * the last id read, so a restarted execution resumes after the last chunk it wrote, and a change
 * that fails in this run is not read again in it.
 */
@Dependent
@Named("republicationReader")
public class PendingChangeReader extends AbstractItemReader {

  static final int PAGE = 1000;

  @EJB RepublicationLedger ledger;

  private long last;
  private final Deque<Long> buffer = new ArrayDeque<>();
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    last = checkpoint == null ? 0L : (Long) checkpoint;
    buffer.clear();
    exhausted = false;
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty() && !exhausted) {
      List<Long> page = ledger.pendingAfter(last, PAGE);
      exhausted = page.size() < PAGE;
      buffer.addAll(page);
    }
    Long next = buffer.poll();
    if (next != null) {
      last = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
