package gov.approval.web.security;

import gov.approval.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The language of the page: Chinese unless the user switched to English in this session ({@link
 * Texts#locale()}). Request scoped and reading the session only when there is one, so the public
 * pages create no session for visitors who never switch.
 */
@Named
@RequestScoped
public class LocaleBacking {

  public Locale getLocale() {
    return Texts.locale();
  }

  /** The page's language tag for {@code <html lang>}: zh-CN or en. */
  public String getLanguage() {
    return getLocale().toLanguageTag();
  }

  public boolean isChinese() {
    return "zh".equals(getLocale().getLanguage());
  }

  /** Switches between Chinese and English and reloads the current page. */
  public String toggle() {
    Locale next = isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getSessionMap().put(Texts.LOCALE_ATTRIBUTE, next);
    context.getViewRoot().setLocale(next);
    return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
