package gov.approval.web.staff.complaints;

import gov.approval.complaints.boundary.Choice;
import gov.approval.complaints.boundary.ComplaintDeskService;
import gov.approval.complaints.boundary.ComplaintForm;
import gov.approval.complaints.boundary.ComplaintView;
import gov.approval.complaints.boundary.PhoneCaller;
import gov.approval.complaints.entity.ComplaintSubject;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The phone complaint form ({@code /staff/complaints/record.xhtml}, COMPLAINT_HANDLE). */
@Named("recordComplaintBacking")
@ViewScoped
public class RecordBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ComplaintDeskService desk;

  private List<Choice> departments;
  private String callerName;
  private String callerPhone;
  private String callerEmail;
  private ComplaintSubject kind = ComplaintSubject.GENERAL;
  private String caseNumber;
  private String staffName;
  private Long departmentId;
  private String title;
  private String body;

  @PostConstruct
  void init() {
    departments = desk.departments();
  }

  public String save() {
    ComplaintView saved =
        Attempt.get(
            () ->
                desk.recordCall(
                    new PhoneCaller(callerName, callerPhone, callerEmail),
                    new ComplaintForm(
                        kind, caseNumber, null, staffName, departmentId, title, body)));
    if (saved == null) {
      return null;
    }
    Texts.info("staff_complaints_record.saved", saved.number());
    return "/staff/complaints/complaint?faces-redirect=true&id=" + saved.id();
  }

  public List<ComplaintSubject> getKinds() {
    return List.of(ComplaintSubject.CASE, ComplaintSubject.STAFF, ComplaintSubject.GENERAL);
  }

  public List<Choice> getDepartments() {
    return departments;
  }

  public String getCallerName() {
    return callerName;
  }

  public void setCallerName(String v) {
    this.callerName = v;
  }

  public String getCallerPhone() {
    return callerPhone;
  }

  public void setCallerPhone(String v) {
    this.callerPhone = v;
  }

  public String getCallerEmail() {
    return callerEmail;
  }

  public void setCallerEmail(String v) {
    this.callerEmail = v;
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
