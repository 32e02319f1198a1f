package gov.approval.web.kiosk;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request comes from a browser in kiosk mode: the kiosk start page marks the browser with
 * the cookie {@value #COOKIE} (its idle seconds, set by {@code js/kiosk.js}). The mark is a
 * browser-session cookie, so closing the browser (or clearing its cookies) leaves kiosk mode.
 */
public final class KioskMode {

  public static final String COOKIE = "approval-kiosk";

  public static final String HOME = "/kiosk/index.xhtml";

  private KioskMode() {}

  public static boolean isOn(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[1-9]\\d{0,5}")) {
        return true;
      }
    }
    return false;
  }
}
