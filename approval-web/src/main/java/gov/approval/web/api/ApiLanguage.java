package gov.approval.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The language of an API request: English when {@code Accept-Language} prefers English over
 * Chinese, Chinese otherwise. Kept for the request's thread so that problem bodies, made deep in
 * resources and exception mappers, speak it without passing it through every call.
 */
@Provider
@PreMatching
public class ApiLanguage implements ContainerRequestFilter, ContainerResponseFilter {

  private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

  /** The current request's language; Chinese outside a request. */
  public static Locale current() {
    Locale locale = CURRENT.get();
    return locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    CURRENT.set(chosen(request));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    CURRENT.remove();
  }

  static Locale chosen(ContainerRequestContext request) {
    for (Locale acceptable : request.getAcceptableLanguages()) {
      String language = acceptable.getLanguage();
      if (language.equals("en")) {
        return Locale.ENGLISH;
      }
      if (language.equals("zh")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }
}
