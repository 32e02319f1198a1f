package gov.approval.web.staff;

import gov.approval.consultation.boundary.ConsultationService;
import gov.approval.consultation.boundary.QuestionRow;
import gov.approval.consultation.entity.QuestionStatus;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import gov.approval.web.shell.Deadlines;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The department's questions ({@code /staff/questions.xhtml}): open ones first by due date; with
 * {@code ?id=} one question to answer and, with the asker's consent, to publish as an anonymous
 * FAQ.
 */
@Named
@ViewScoped
public class QuestionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ConsultationService consultation;

  @Inject transient Clock clock;

  private BoundaryLazyModel<QuestionRow, QuestionStatus> questions;
  private boolean all;
  private Long selectedId;
  private QuestionRow selected;
  private String answer;
  private String publishedQuestion;

  public void load() {
    ConsultationService boundary = consultation;
    questions = new BoundaryLazyModel<>(boundary::departmentQuestions, QuestionRow::id);
    questions.setFilter(all ? null : QuestionStatus.OPEN);
    if (selectedId != null) {
      Attempt.run(() -> show(consultation.departmentQuestion(selectedId)));
    }
  }

  public void answer() {
    Attempt.run(
        () -> {
          show(consultation.answer(selected.id(), selected.version(), answer));
          Texts.info("staff_questions.answered");
        });
  }

  public void publish() {
    Attempt.run(
        () -> {
          show(consultation.publish(selected.id(), selected.version(), publishedQuestion));
          Texts.info("staff_questions.published");
        });
  }

  private void show(QuestionRow row) {
    selected = row;
    answer = row.answer();
    publishedQuestion = row.text();
  }

  public boolean overdue(QuestionRow row) {
    return row.overdue(LocalDate.now(clock));
  }

  public String time(Instant at) {
    return Deadlines.minute(at);
  }

  public QuestionStatus[] getStatuses() {
    return QuestionStatus.values();
  }

  public BoundaryLazyModel<QuestionRow, QuestionStatus> getQuestions() {
    return questions;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(Long selectedId) {
    this.selectedId = selectedId;
  }

  public QuestionRow getSelected() {
    return selected;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getPublishedQuestion() {
    return publishedQuestion;
  }

  public void setPublishedQuestion(String publishedQuestion) {
    this.publishedQuestion = publishedQuestion;
  }
}
