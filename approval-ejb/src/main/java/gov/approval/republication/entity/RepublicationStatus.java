package gov.approval.republication.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one change stands with the provincial platform. SENT means handed over without an answer
 * (written to the export folder, which the platform's import acknowledges out of band); a run never
 * sends an ACCEPTED or SENT change again, and sends REJECTED and FAILED ones again.
 */
public enum RepublicationStatus {
  SENT,
  ACCEPTED,
  REJECTED,
  FAILED;

  /** The statuses a run leaves alone. */
  public static final Set<RepublicationStatus> DONE = EnumSet.of(SENT, ACCEPTED);

  public boolean isDone() {
    return DONE.contains(this);
  }
}
