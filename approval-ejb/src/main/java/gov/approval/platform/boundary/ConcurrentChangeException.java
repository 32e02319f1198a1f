package gov.approval.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.io.Serial;

/** Somebody saved the same record since the caller loaded it; nothing of theirs was overwritten. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  public ConcurrentChangeException() {
    super("error.concurrentChange");
  }
}
