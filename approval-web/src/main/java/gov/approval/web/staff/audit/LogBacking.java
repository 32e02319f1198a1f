package gov.approval.web.staff.audit;

import gov.approval.audit.boundary.AuditFilter;
import gov.approval.audit.boundary.AuditLog;
import gov.approval.audit.boundary.AuditRow;
import gov.approval.audit.boundary.ChainCheck;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit log ({@code /staff/audit/log.xhtml}, AUDIT_VIEW): entries newest first, filtered by
 * actor, target and days, and the check of the whole chain naming its first broken link.
 */
@Named("auditLogBacking")
@ViewScoped
public class LogBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject AuditLog audit;

  @Inject ActiveUser activeUser;

  private BoundaryLazyModel<AuditRow, AuditFilter> entries;
  private String actor;
  private String target;
  private LocalDate from;
  private LocalDate to;

  public void load() {
    if (!activeUser.can("AUDIT_VIEW")) {
      throw new AccessDeniedException("error.403.text");
    }
    AuditLog boundary = audit;
    entries =
        new BoundaryLazyModel<>((request, filter) -> boundary.page(filter, request), AuditRow::seq);
    entries.setFilter(AuditFilter.none());
  }

  public void filter() {
    entries.setFilter(new AuditFilter(actor, target, from, to));
  }

  public void verify() {
    ChainCheck check = Attempt.get(audit::verify);
    if (check == null) {
      return;
    }
    if (check.intact()) {
      Texts.info("staff_audit_log.intact", check.checked());
    } else {
      Texts.error("staff_audit_log.broken", check.brokenSeq(), Texts.text(check.reasonKey()));
    }
  }

  public String time(Instant at) {
    return at == null ? "" : SECONDS.format(at);
  }

  public BoundaryLazyModel<AuditRow, AuditFilter> getEntries() {
    return entries;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
