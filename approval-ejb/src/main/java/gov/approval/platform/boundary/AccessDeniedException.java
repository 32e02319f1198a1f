package gov.approval.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.io.Serial;

/**
 * The caller holds the permission but not for this row, e.g. a department head acting on another
 * department. Role checks themselves are {@code @RolesAllowed}; this is the per-row check.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  public AccessDeniedException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
