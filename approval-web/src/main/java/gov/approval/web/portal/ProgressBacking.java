package gov.approval.web.portal;

import gov.approval.casework.boundary.ProgressService;
import gov.approval.casework.boundary.ProgressView;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Deadlines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;

/**
 * The public progress query ({@code /progress.xhtml?number=&code=}, the address in every notice's
 * QR code): a GET form, no login, no session. A wrong number and a wrong code give the same
 * message; a client with too many failed queries is refused for a while ({@link ProgressLimiter}).
 */
@Named("progressBacking")
@RequestScoped
public class ProgressBacking {

  static final int MAX_LENGTH = 32;

  @Inject ProgressService progress;

  @Inject ProgressLimiter limiter;

  private String number;
  private String code;
  private ProgressView result;

  /** Runs the query before the page renders (preRenderView), when both parameters are given. */
  public void load() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    number = clip(context.getRequestParameterMap().get("number"));
    code = clip(context.getRequestParameterMap().get("code"));
    if (number == null && code == null) {
      return;
    }
    String client = ((HttpServletRequest) context.getRequest()).getRemoteAddr();
    if (limiter.blocked(client)) {
      Texts.error("progress.tooMany", ProgressLimiter.WINDOW.toMinutes());
      return;
    }
    result = progress.query(number, code).orElse(null);
    if (result == null) {
      limiter.failed(client);
      Texts.error("progress.mismatch");
    }
  }

  private static String clip(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() > MAX_LENGTH ? stripped.substring(0, MAX_LENGTH) : stripped;
  }

  public String getNumber() {
    return number;
  }

  public String getCode() {
    return code;
  }

  public ProgressView getResult() {
    return result;
  }

  public List<String> getExplanation() {
    return result == null ? List.of() : Deadlines.explanation(result.dueDate());
  }

  public String time(Instant at) {
    return Deadlines.minute(at);
  }
}
