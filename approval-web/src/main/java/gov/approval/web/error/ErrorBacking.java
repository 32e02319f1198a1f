package gov.approval.web.error;

import gov.approval.platform.boundary.BusinessException;
import gov.approval.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The text of an error page: a business exception's own message in the user's language when one
 * caused the error, otherwise the page's general text. Never a stack trace.
 */
@Named
@RequestScoped
public class ErrorBacking {

  /**
   * Sets the HTTP status of the page: an exception mapped to this page would otherwise answer 500,
   * and clients and monitoring must see 403 or 404.
   */
  public void respondWith(int status) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  public String message(String defaultKey) {
    Object error =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get("jakarta.servlet.error.exception");
    Throwable cause = error instanceof Throwable t ? t : null;
    while (cause != null) {
      if (cause instanceof BusinessException business) {
        return Texts.text(business);
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    return Texts.text(defaultKey);
  }
}
