package gov.approval.web.staff.admin;

import gov.approval.mail.boundary.MailOutbox;
import gov.approval.mail.boundary.MailSearch;
import gov.approval.mail.boundary.OutboxMailRow;
import gov.approval.mail.entity.MailState;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The mail outbox ({@code /staff/admin/mail.xhtml}): every mail the platform queued, newest first,
 * filtered by delivery state and reference, with attempts, last error, next attempt and sending
 * time; a queued or failed mail can be retried at once. For holders of AUDIT_VIEW or JOB_MANAGE.
 */
@Named
@ViewScoped
public class MailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject MailOutbox outbox;

  @Inject ActiveUser activeUser;

  private BoundaryLazyModel<OutboxMailRow, MailState> mails;

  /** The view action: only those who may read the outbox; others get 403. */
  public void load() {
    if (!activeUser.can("AUDIT_VIEW") && !activeUser.can("JOB_MANAGE")) {
      throw new AccessDeniedException("error.403.text");
    }
    // The search box is the reference search; the filter is the state.
    mails =
        new BoundaryLazyModel<>(
            (request, state) ->
                outbox.search(new MailSearch(state, request.search(), null), request),
            OutboxMailRow::id);
  }

  public void retry(OutboxMailRow mail) {
    if (Attempt.run(() -> outbox.retryNow(mail.id(), mail.version()))) {
      Texts.info("staff_admin_mail.retried", mail.recipient());
    }
  }

  public boolean canRetry(OutboxMailRow mail) {
    return mail.state() != MailState.SENT;
  }

  /** An instant to the second in the city's time zone, or nothing. */
  public String time(Instant instant) {
    return instant == null ? "" : SECONDS.format(instant.atZone(CITY));
  }

  public List<MailState> getStates() {
    return List.of(MailState.values());
  }

  public BoundaryLazyModel<OutboxMailRow, MailState> getMails() {
    return mails;
  }
}
