package gov.approval.web.staff.evaluation;

import gov.approval.evaluation.boundary.RectificationService;
import gov.approval.evaluation.boundary.TicketRow;
import gov.approval.evaluation.entity.AppealKind;
import gov.approval.evaluation.entity.AppealStatus;
import gov.approval.evaluation.entity.TicketStatus;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.Deadlines;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * {@code /staff/evaluation/tickets.xhtml}: the rectification tickets of bad reviews (own
 * department, or all for supervisors and the assessment office): call back, record the
 * rectification, appeal a review, and decide appeals.
 */
@Named
@ViewScoped
public class TicketsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient RectificationService tickets;

  @Inject ActiveUser activeUser;

  private boolean appealsOnly;
  private List<TicketRow> rows;
  private TicketRow selected;
  private String text;
  private AppealKind appealKind;

  public void load() {
    rows = Attempt.get(() -> tickets.tickets(appealsOnly));
  }

  public void select(TicketRow row) {
    selected = row;
    text = null;
    appealKind = null;
  }

  public void callBack() {
    after(Attempt.get(() -> tickets.callBack(selected.id(), selected.version(), text)));
  }

  public void rectify() {
    after(Attempt.get(() -> tickets.rectify(selected.id(), selected.version(), text)));
  }

  public void appeal() {
    after(Attempt.get(() -> tickets.appeal(selected.id(), selected.version(), appealKind, text)));
  }

  public void uphold() {
    after(Attempt.get(() -> tickets.decideAppeal(selected.id(), selected.version(), true, text)));
  }

  public void reject() {
    after(Attempt.get(() -> tickets.decideAppeal(selected.id(), selected.version(), false, text)));
  }

  private void after(TicketRow changed) {
    if (changed != null) {
      selected = changed;
      text = null;
      Texts.info("app.saved");
      load();
    }
  }

  public boolean isCanCallBack() {
    return selected != null
        && selected.status() == TicketStatus.OPEN
        && (activeUser.can("CASE_ACCEPT") || activeUser.can("DEPARTMENT_MANAGE"));
  }

  public boolean isCanRectify() {
    return selected != null
        && selected.status() == TicketStatus.CALLED_BACK
        && (activeUser.can("CASE_ACCEPT") || activeUser.can("DEPARTMENT_MANAGE"));
  }

  public boolean isCanAppeal() {
    return selected != null
        && selected.appealStatus() == null
        && (activeUser.can("CASE_DECIDE") || activeUser.can("DEPARTMENT_MANAGE"));
  }

  public boolean isCanDecide() {
    return selected != null
        && selected.appealStatus() == AppealStatus.PENDING
        && (activeUser.can("SUPERVISE") || activeUser.can("EVALUATION_MANAGE"));
  }

  public String time(Instant at) {
    return Deadlines.minute(at);
  }

  public AppealKind[] getAppealKinds() {
    return AppealKind.values();
  }

  public List<TicketRow> getRows() {
    return rows;
  }

  public TicketRow getSelected() {
    return selected;
  }

  public boolean isAppealsOnly() {
    return appealsOnly;
  }

  public void setAppealsOnly(boolean appealsOnly) {
    this.appealsOnly = appealsOnly;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public AppealKind getAppealKind() {
    return appealKind;
  }

  public void setAppealKind(AppealKind appealKind) {
    this.appealKind = appealKind;
  }
}
