package gov.approval.web.staff;

import gov.approval.consultation.boundary.ConsultationService;
import gov.approval.consultation.boundary.QuestionRow;
import gov.approval.web.shell.BoundaryLazyModel;
import gov.approval.web.shell.Deadlines;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * Overdue citizen questions of every department ({@code /staff/questions-overdue.xhtml}), for
 * supervision: the longest overdue first.
 */
@Named
@ViewScoped
public class QuestionsOverdueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ConsultationService consultation;

  private BoundaryLazyModel<QuestionRow, Void> questions;

  @PostConstruct
  void init() {
    ConsultationService boundary = consultation;
    questions =
        new BoundaryLazyModel<>((request, none) -> boundary.overdue(request), QuestionRow::id);
  }

  public BoundaryLazyModel<QuestionRow, Void> getQuestions() {
    return questions;
  }

  public String time(Instant at) {
    return Deadlines.minute(at);
  }
}
