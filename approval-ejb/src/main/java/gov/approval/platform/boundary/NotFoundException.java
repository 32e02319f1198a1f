package gov.approval.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.io.Serial;

/** A record the caller asked for does not exist (or is not theirs to see). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super("error.notFound", what, id);
  }
}
