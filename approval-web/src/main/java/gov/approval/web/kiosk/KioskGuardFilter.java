package gov.approval.web.kiosk;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps a kiosk on public functions on the server, not only by hiding links: in kiosk mode ({@link
 * KioskMode}) the login, the registration, the user centre and the back office (its administration
 * included) answer with a redirect to the kiosk start page, so a typed address or an old bookmark
 * reaches nothing personal on a hall's shared screen. For a visitor who is not logged in the login
 * mechanism makes the same redirect before this filter runs (see {@code FormLoginMechanism}); this
 * filter covers the login page itself and a kiosk browser that somebody logged in on.
 */
@WebFilter(urlPatterns = {"/login.xhtml", "/register.xhtml", "/my/*", "/staff/*"})
public class KioskGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (KioskMode.isOn(request)) {
      response.sendRedirect(request.getContextPath() + KioskMode.HOME);
      return;
    }
    chain.doFilter(request, response);
  }
}
