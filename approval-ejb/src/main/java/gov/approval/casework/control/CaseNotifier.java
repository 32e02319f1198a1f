package gov.approval.casework.control;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseEvent;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailAttachment;
import gov.approval.platform.boundary.MailTexts;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the applicant about each transition that the law or the city wants them to know of: one
 * mail per recorded event, fired inside the transition's transaction so that it is kept (and sent)
 * exactly when the transition commits (the outbox sends it after the commit, with retries).
 */
@Dependent
public class CaseNotifier {

  @Inject Event<Mail> mail;

  @Inject
  @ConfigProperty(name = "approval.public-url", defaultValue = "http://localhost:8080/approval")
  String publicUrl;

  /**
   * Mails the applicant about {@code event}, with its notice attached when it has one; returns
   * whether a mail was queued (not for silent actions, drafts, or applicants without an address).
   */
  public boolean mail(ApprovalCase c, CaseEvent event, Optional<CaseNotices.Issued> notice) {
    if (!event.getAction().isMailed() || c.getNumber() == null || recipient(c).isEmpty()) {
      return false;
    }
    Mail message = compose(c, event);
    if (notice.isPresent()) {
      message =
          message.withAttachment(
              MailAttachment.pdf(notice.get().fileName(), notice.get().content()));
    }
    mail.fire(message);
    return true;
  }

  Mail compose(ApprovalCase c, CaseEvent event) {
    return MailTexts.compose(
            recipient(c).orElseThrow(),
            "case." + event.getAction().name(),
            c.getApplicant().getName(),
            c.getItemName(),
            c.getNumber(),
            event.getNote() == null ? "" : event.getNote(),
            c.getDueOn() == null ? "" : c.getDueOn().toString(),
            progressUrl(c))
        .withReference(c.getNumber());
  }

  /** The account's address for online applicants, else the contact address given. */
  static Optional<String> recipient(ApprovalCase c) {
    if (c.getOwner() != null && c.getOwner().getEmail() != null) {
      return Optional.of(c.getOwner().getEmail());
    }
    return Optional.ofNullable(c.getApplicant().getContactEmail());
  }

  public String progressUrl(ApprovalCase c) {
    return publicUrl
        + "/progress.xhtml?number="
        + URLEncoder.encode(c.getNumber(), StandardCharsets.UTF_8)
        + "&code="
        + URLEncoder.encode(c.getCheckCode(), StandardCharsets.UTF_8);
  }
}
