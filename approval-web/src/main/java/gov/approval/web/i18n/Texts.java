package gov.approval.web.i18n;

import gov.approval.platform.boundary.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns keys, business exceptions and constraint violations into text in the current user's
 * language, and shows them as Faces messages. Backing beans never build user text themselves.
 */
public final class Texts {

  public static final String BUNDLE = "gov.approval.web.i18n.Messages";

  private static final MessageInterpolator INTERPOLATOR =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  private Texts() {}

  /** The session attribute holding the language a user switched to; absent means Chinese. */
  public static final String LOCALE_ATTRIBUTE = "gov.approval.locale";

  /**
   * The current user's language: the one they switched to in this session, else Chinese. Read
   * without creating a session, so anonymous visitors of the public pages cost the server none, and
   * the same in view actions as in rendering (the view's own locale is set only when it renders).
   */
  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null
        && context.getExternalContext().getSession(false) instanceof HttpSession session
        && session.getAttribute(LOCALE_ATTRIBUTE) instanceof Locale chosen) {
      return chosen;
    }
    return Locale.SIMPLIFIED_CHINESE;
  }

  public static String text(String key, Object... arguments) {
    return text(locale(), key, arguments);
  }

  public static String text(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public static String text(BusinessException e) {
    return text(e.getMessageKey(), e.getArguments().toArray());
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  public static void error(BusinessException e) {
    add(FacesMessage.SEVERITY_ERROR, text(e));
  }

  /** One message per violation, interpolated again in the user's language. */
  public static void error(ConstraintViolationException e) {
    Locale locale = locale();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      String message =
          INTERPOLATOR.interpolate(
              violation.getMessageTemplate(), new ViolationContext(violation), locale);
      add(FacesMessage.SEVERITY_ERROR, message);
    }
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(severity, text, null));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }

  private record ViolationContext(ConstraintViolation<?> violation)
      implements MessageInterpolator.Context {
    @Override
    public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
      return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
      return violation.getInvalidValue();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new jakarta.validation.ValidationException("not supported: " + type);
    }
  }
}
