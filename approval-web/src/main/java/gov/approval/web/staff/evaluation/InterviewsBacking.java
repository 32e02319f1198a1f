package gov.approval.web.staff.evaluation;

import gov.approval.evaluation.boundary.InterviewRow;
import gov.approval.evaluation.boundary.InterviewService;
import gov.approval.evaluation.entity.InterviewStatus;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /staff/evaluation/interviews.xhtml}: the bottom-three interviews (约谈), open first;
 * recording, follow-up notes and closing.
 */
@Named
@ViewScoped
public class InterviewsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient InterviewService interviews;

  @Inject ActiveUser activeUser;

  private List<InterviewRow> rows;
  private InterviewRow selected;
  private LocalDate interviewOn;
  private String attendees;
  private String corrections;
  private String note;

  public void load() {
    rows = Attempt.get(() -> interviews.interviews());
  }

  public void select(InterviewRow row) {
    selected = row;
    interviewOn = row.interviewOn();
    attendees = row.attendees();
    corrections = row.corrections();
    note = null;
  }

  public void record() {
    after(
        Attempt.get(
            () ->
                interviews.record(
                    selected.id(), selected.version(), interviewOn, attendees, corrections)));
  }

  public void followUp() {
    after(Attempt.get(() -> interviews.followUp(selected.id(), selected.version(), note)));
  }

  public void close() {
    after(Attempt.get(() -> interviews.close(selected.id(), selected.version())));
  }

  private void after(InterviewRow changed) {
    if (changed != null) {
      select(changed);
      Texts.info("app.saved");
      load();
    }
  }

  public boolean isCanManage() {
    return selected != null
        && selected.status() == InterviewStatus.OPEN
        && activeUser.can("EVALUATION_MANAGE");
  }

  public boolean isCanFollowUp() {
    return selected != null && selected.status() == InterviewStatus.OPEN;
  }

  public List<InterviewRow> getRows() {
    return rows;
  }

  public InterviewRow getSelected() {
    return selected;
  }

  public LocalDate getInterviewOn() {
    return interviewOn;
  }

  public void setInterviewOn(LocalDate interviewOn) {
    this.interviewOn = interviewOn;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public String getCorrections() {
    return corrections;
  }

  public void setCorrections(String corrections) {
    this.corrections = corrections;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
