package gov.approval.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import gov.approval.identity.boundary.LoginService;
import gov.approval.identity.entity.Roles;
import gov.approval.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login form of {@code /login.xhtml}, for staff and citizens alike. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext security;

  @Inject LoginService logins;

  @NotBlank(message = "{login.username.required}")
  private String username;

  @NotBlank(message = "{login.password.required}")
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    // A new session id before the session becomes authenticated defeats session fixation; the
    // original request saved by LoginToContinue stays in the session.
    request.getSession(true);
    request.changeSessionId();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        external.redirect(landingPage(request));
        faces.responseComplete();
      }
      default -> {
        password = null;
        Texts.error(logins.isLocked(username) ? "login.locked" : "login.failed");
        faces.validationFailed();
      }
    }
  }

  /**
   * The page the user wanted before logging in, or their home: the back office or the user centre.
   */
  private static String landingPage(HttpServletRequest request) {
    Object wanted = request.getSession().getAttribute(FormLoginMechanism.CONTINUE_TO);
    request.getSession().removeAttribute(FormLoginMechanism.CONTINUE_TO);
    String context = request.getContextPath();
    boolean staff = request.isUserInRole(Roles.STAFF);
    if (wanted instanceof String path
        && path.startsWith(context + "/")
        && path.startsWith(context + (staff ? "/staff/" : "/my/"))) {
      return path;
    }
    return context + (staff ? "/staff/index.xhtml" : "/my/index.xhtml");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
