package gov.approval.web.api;

import gov.approval.platform.boundary.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a boundary throws as a system exception, as a problem body instead of a stack trace: bad
 * parameters (Bean Validation) are 400 with each violation, a missing role 403, a lost race 409;
 * anything else is logged and answered 500 without details.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  @Override
  public Response toResponse(EJBException e) {
    if (e instanceof EJBAccessException) {
      return Problem.of(Response.Status.FORBIDDEN, "api.problem.forbidden").response();
    }
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause instanceof ConstraintViolationException violations) {
        return invalid(violations);
      }
      if (cause instanceof OptimisticLockException) {
        return Problem.of(Response.Status.CONFLICT, "error.concurrentChange").response();
      }
      if (cause instanceof BusinessException business) {
        return new BusinessExceptionMapper().toResponse(business);
      }
    }
    LOG.log(Level.SEVERE, "API request failed", e);
    return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "api.problem.internal").response();
  }

  static Response invalid(ConstraintViolationException violations) {
    Locale locale = ApiLanguage.current();
    List<Problem.InvalidParameter> parameters =
        violations.getConstraintViolations().stream()
            .map(
                v ->
                    new Problem.InvalidParameter(
                        lastNode(v), String.valueOf(v.getInvalidValue()), message(v, locale)))
            .toList();
    return Problem.of(Response.Status.BAD_REQUEST, "api.problem.badParameters")
        .with(parameters)
        .response();
  }

  private static String lastNode(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** The violation's text in the request's language, when its template is one of our keys. */
  private static String message(ConstraintViolation<?> v, Locale locale) {
    String template = v.getMessageTemplate();
    if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")) {
      try {
        return ResourceBundle.getBundle("ValidationMessages", locale)
            .getString(template.substring(1, template.length() - 1));
      } catch (MissingResourceException e) {
        return v.getMessage();
      }
    }
    return v.getMessage();
  }
}
