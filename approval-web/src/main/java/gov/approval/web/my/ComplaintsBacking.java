package gov.approval.web.my;

import gov.approval.complaints.boundary.Choice;
import gov.approval.complaints.boundary.ComplaintForm;
import gov.approval.complaints.boundary.ComplaintRow;
import gov.approval.complaints.boundary.ComplaintView;
import gov.approval.complaints.boundary.MyComplaintService;
import gov.approval.complaints.entity.ComplaintSubject;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** My complaints ({@code /my/complaints.xhtml}): the list and the form of a new complaint. */
@Named("myComplaintsBacking")
@ViewScoped
public class ComplaintsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient MyComplaintService complaints;

  private BoundaryLazyModel<ComplaintRow, Void> mine;
  private List<Choice> departments;
  private List<Choice> windows;
  private ComplaintSubject kind = ComplaintSubject.CASE;
  private String caseNumber;
  private Long windowId;
  private String staffName;
  private Long departmentId;
  private String title;
  private String body;

  @PostConstruct
  void init() {
    MyComplaintService boundary = complaints;
    mine = new BoundaryLazyModel<>((request, none) -> boundary.mine(request), ComplaintRow::id);
    departments = complaints.departments();
    windows = complaints.windows();
  }

  public String file() {
    ComplaintView filed =
        Attempt.get(
            () ->
                complaints.file(
                    new ComplaintForm(
                        kind, caseNumber, windowId, staffName, departmentId, title, body)));
    if (filed == null) {
      return null;
    }
    Texts.info("my_complaints.filed", filed.number());
    return "/my/complaint?faces-redirect=true&id=" + filed.id();
  }

  public List<ComplaintSubject> getKinds() {
    return List.of(ComplaintSubject.values());
  }

  public BoundaryLazyModel<ComplaintRow, Void> getMine() {
    return mine;
  }

  public List<Choice> getDepartments() {
    return departments;
  }

  public List<Choice> getWindows() {
    return windows;
  }

  public ComplaintSubject getKind() {
    return kind;
  }

  public void setKind(ComplaintSubject v) {
    this.kind = v;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String v) {
    this.caseNumber = v;
  }

  public Long getWindowId() {
    return windowId;
  }

  public void setWindowId(Long v) {
    this.windowId = v;
  }

  public String getStaffName() {
    return staffName;
  }

  public void setStaffName(String v) {
    this.staffName = v;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long v) {
    this.departmentId = v;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String v) {
    this.title = v;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String v) {
    this.body = v;
  }
}
