package gov.approval.web.staff.supervision;

import gov.approval.organisation.boundary.DepartmentRow;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.supervision.boundary.CorrectionOrderService;
import gov.approval.supervision.boundary.OrderFilter;
import gov.approval.supervision.boundary.OrderForm;
import gov.approval.supervision.boundary.OrderRow;
import gov.approval.supervision.entity.OrderState;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Correction orders ({@code /staff/supervision/orders.xhtml}): supervisors see all, issue new ones,
 * accept or reopen answers; a department's head or chief representative sees its own and answers.
 */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CorrectionOrderService service;

  @Inject DepartmentService departmentService;

  @Inject ActiveUser activeUser;

  private BoundaryLazyModel<OrderRow, OrderState[]> orders;
  private List<DepartmentRow> departments = List.of();

  // the new order's form
  private Long departmentId;
  private String caseNumber;
  private String reason;
  private String requiredAction;
  private int days = 5;

  // the chosen order and the text of an answer or review
  private OrderRow selected;
  private String text;
  private int reopenDays = 3;

  @PostConstruct
  void init() {
    CorrectionOrderService orderService = service;
    orders =
        new BoundaryLazyModel<>(
            (request, filter) ->
                orderService.orders(
                    new OrderFilter(filter.length == 0 ? null : filter[0], null), request),
            OrderRow::id);
    orders.setFilter(new OrderState[0]);
    if (isSupervisor()) {
      departments = departmentService.activeDepartments();
    }
  }

  public void issue() {
    OrderRow issued =
        Attempt.get(
            () ->
                service.issue(
                    new OrderForm(departmentId, caseNumber, reason, requiredAction, days)));
    if (issued != null) {
      Texts.info("staff_supervision_orders.issued", issued.getCode());
      caseNumber = null;
      reason = null;
      requiredAction = null;
    }
  }

  public void choose(OrderRow row) {
    this.selected = row;
    this.text = null;
  }

  public void answer() {
    if (Attempt.run(() -> service.answer(selected.id(), selected.version(), text))) {
      Texts.info("staff_supervision_orders.answered", selected.getCode());
    }
  }

  public void accept() {
    if (Attempt.run(() -> service.accept(selected.id(), selected.version(), text))) {
      Texts.info("staff_supervision_orders.accepted", selected.getCode());
    }
  }

  public void reopen() {
    if (Attempt.run(() -> service.reopen(selected.id(), selected.version(), text, reopenDays))) {
      Texts.info("staff_supervision_orders.reopened", selected.getCode());
    }
  }

  public boolean isSupervisor() {
    return activeUser.can("SUPERVISE");
  }

  public boolean canAnswer(OrderRow row) {
    return row.state() == OrderState.OPEN
        && (activeUser.can("CASE_DECIDE") || activeUser.can("DEPARTMENT_MANAGE"))
        && !isSupervisor();
  }

  public boolean canReview(OrderRow row) {
    return row.state() == OrderState.ANSWERED && isSupervisor();
  }

  public OrderState getState() {
    OrderState[] f = orders.getFilter();
    return f.length == 0 ? null : f[0];
  }

  public void setState(OrderState state) {
    orders.setFilter(state == null ? new OrderState[0] : new OrderState[] {state});
  }

  public OrderState[] getStates() {
    return OrderState.values();
  }

  public BoundaryLazyModel<OrderRow, OrderState[]> getOrders() {
    return orders;
  }

  public List<DepartmentRow> getDepartments() {
    return departments;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getRequiredAction() {
    return requiredAction;
  }

  public void setRequiredAction(String requiredAction) {
    this.requiredAction = requiredAction;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public OrderRow getSelected() {
    return selected;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public int getReopenDays() {
    return reopenDays;
  }

  public void setReopenDays(int reopenDays) {
    this.reopenDays = reopenDays;
  }
}
