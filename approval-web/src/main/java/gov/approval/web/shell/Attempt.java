package gov.approval.web.shell;

import gov.approval.platform.boundary.BusinessException;
import gov.approval.web.i18n.Texts;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;

/**
 * Runs a boundary call for a form and turns every expected failure into a message in the user's
 * language, keeping the form's input: business rules, constraint violations, and a concurrent
 * change (another user saved first). Anything else is a fault and goes on to the error page.
 */
public final class Attempt {

  private Attempt() {}

  /** Runs {@code action}; true when it succeeded, false when a message was shown instead. */
  public static boolean run(Runnable action) {
    return get(
            () -> {
              action.run();
              return Boolean.TRUE;
            })
        != null;
  }

  /** Runs {@code action} and returns its result, or null when a message was shown instead. */
  public static <T> T get(Supplier<T> action) {
    try {
      return action.get();
    } catch (BusinessException e) {
      Texts.error(e);
    } catch (ConstraintViolationException e) {
      Texts.error(e);
    } catch (OptimisticLockException e) {
      Texts.error("error.concurrentChange");
    } catch (EJBException e) {
      Throwable cause = rootOf(e);
      if (cause instanceof ConstraintViolationException violations) {
        Texts.error(violations);
      } else if (cause instanceof OptimisticLockException) {
        Texts.error("error.concurrentChange");
      } else {
        throw e;
      }
    }
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  private static Throwable rootOf(Throwable e) {
    Throwable current = e;
    while (current.getCause() != null && current.getCause() != current) {
      if (current instanceof ConstraintViolationException
          || current instanceof OptimisticLockException) {
        return current;
      }
      current = current.getCause();
    }
    return current;
  }
}
