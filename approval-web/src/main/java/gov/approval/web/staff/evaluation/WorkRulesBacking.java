package gov.approval.web.staff.evaluation;

import gov.approval.evaluation.boundary.TraineeChoice;
import gov.approval.evaluation.boundary.TrainingRow;
import gov.approval.evaluation.boundary.WorkRuleRow;
import gov.approval.evaluation.boundary.WorkRulesService;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /staff/evaluation/work-rules.xhtml}: the hall's work rules to sign, the caller's training
 * records (their profile's training part); the office issues rules, and managers record and look up
 * training of their staff.
 */
@Named
@ViewScoped
public class WorkRulesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient WorkRulesService service;

  @Inject ActiveUser activeUser;

  private List<WorkRuleRow> rules;
  private List<TrainingRow> training;
  private List<TraineeChoice> trainees;
  private String title;
  private String body;
  private Long traineeId;
  private String course;
  private LocalDate heldOn;
  private BigDecimal hours;
  private String result;

  public void load() {
    rules = Attempt.get(() -> service.myHallRules());
    training = Attempt.get(() -> service.myTraining());
    if (isCanRecord()) {
      trainees = Attempt.get(() -> service.trainees());
    }
  }

  public void sign(WorkRuleRow rule) {
    if (Attempt.run(() -> service.signOff(rule.id()))) {
      Texts.info("app.saved");
      load();
    }
  }

  public void issue() {
    if (Attempt.get(() -> service.issue(title, body)) != null) {
      title = null;
      body = null;
      Texts.info("app.saved");
      load();
    }
  }

  public void record() {
    if (traineeId != null
        && Attempt.get(() -> service.recordTraining(traineeId, course, heldOn, hours, result))
            != null) {
      Texts.info("app.saved");
      course = null;
      result = null;
      showTrainee();
    }
  }

  /** Shows the chosen staff member's training instead of the caller's. */
  public void showTrainee() {
    if (traineeId != null) {
      training = Attempt.get(() -> service.training(traineeId));
    }
  }

  public boolean isCanIssue() {
    return activeUser.can("EVALUATION_MANAGE");
  }

  public boolean isCanRecord() {
    return activeUser.can("EVALUATION_MANAGE") || activeUser.can("STAFF_MANAGE");
  }

  public List<WorkRuleRow> getRules() {
    return rules;
  }

  public List<TrainingRow> getTraining() {
    return training;
  }

  public List<TraineeChoice> getTrainees() {
    return trainees;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public void setTraineeId(Long traineeId) {
    this.traineeId = traineeId;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }
}
