package gov.approval.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language the user chose for this session: Chinese unless they switch to English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public boolean isChinese() {
    return "zh".equals(locale.getLanguage());
  }

  /** Switches between Chinese and English and reloads the current page. */
  public String toggle() {
    locale = isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    FacesContext context = FacesContext.getCurrentInstance();
    context.getViewRoot().setLocale(locale);
    return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
