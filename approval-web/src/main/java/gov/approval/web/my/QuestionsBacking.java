package gov.approval.web.my;

import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicDepartment;
import gov.approval.consultation.boundary.ConsultationService;
import gov.approval.consultation.boundary.QuestionForm;
import gov.approval.consultation.boundary.QuestionRow;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import gov.approval.web.shell.Deadlines;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * My questions ({@code /my/questions.xhtml}, 政策咨询): ask about an item ({@code ?item=} from its
 * guide) or a department's policy, and read the answers to what I asked.
 */
@Named("myQuestionsBacking")
@ViewScoped
public class QuestionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ConsultationService consultation;

  @Inject transient PublicCatalogue catalogue;

  private BoundaryLazyModel<QuestionRow, Void> questions;
  private List<PublicDepartment> departments;
  private String itemCode;
  private String itemName;
  private String departmentCode;
  private String text;
  private boolean consent;

  public void load() {
    ConsultationService boundary = consultation;
    questions =
        new BoundaryLazyModel<>((request, none) -> boundary.myQuestions(request), QuestionRow::id);
    departments = catalogue.departments();
    if (itemCode != null && !itemCode.isBlank()) {
      try {
        itemName = catalogue.guide(itemCode).name();
      } catch (NotFoundException e) {
        itemCode = null;
        Texts.error("my_questions.unknownItem");
      }
    }
  }

  public void ask() {
    QuestionForm form = new QuestionForm(itemCode, departmentCode, text, consent);
    QuestionRow asked = Attempt.get(() -> consultation.ask(form));
    if (asked != null) {
      Texts.info("my_questions.asked", asked.dueOn());
      text = null;
      consent = false;
    }
  }

  public String time(Instant at) {
    return Deadlines.minute(at);
  }

  public BoundaryLazyModel<QuestionRow, Void> getQuestions() {
    return questions;
  }

  public List<PublicDepartment> getDepartments() {
    return departments;
  }

  public String getItemCode() {
    return itemCode;
  }

  public void setItemCode(String itemCode) {
    this.itemCode = itemCode;
  }

  public String getItemName() {
    return itemName;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public void setDepartmentCode(String departmentCode) {
    this.departmentCode = departmentCode;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }
}
