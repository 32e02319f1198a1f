package gov.approval.web.staff.supervision;

import gov.approval.supervision.boundary.RiskEventRow;
import gov.approval.supervision.boundary.RiskRuleRow;
import gov.approval.supervision.boundary.RiskService;
import gov.approval.supervision.entity.RiskState;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Integrity-risk control ({@code /staff/supervision/risks.xhtml}): the risk events with their
 * evidence, reviewed by dismissing them with a reason or turning them into a correction order, and
 * the rules' switches and parameters.
 */
@Named
@ViewScoped
public class RisksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RiskService service;

  private BoundaryLazyModel<RiskEventRow, RiskState[]> events;
  private List<RuleForm> rules = List.of();
  private RiskEventRow selected;
  private String text;
  private int days = 5;

  /** One rule's row of the rules form. */
  public static class RuleForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final RiskRuleRow row;
    private boolean enabled;
    private int parameter;

    RuleForm(RiskRuleRow row) {
      this.row = row;
      this.enabled = row.enabled();
      this.parameter = row.parameter();
    }

    public RiskRuleRow getRow() {
      return row;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getParameter() {
      return parameter;
    }

    public void setParameter(int parameter) {
      this.parameter = parameter;
    }
  }

  @PostConstruct
  void init() {
    RiskService risks = service;
    events =
        new BoundaryLazyModel<>(
            (request, filter) -> risks.events(filter.length == 0 ? null : filter[0], request),
            RiskEventRow::id);
    events.setFilter(new RiskState[] {RiskState.OPEN});
    loadRules();
  }

  private void loadRules() {
    List<RuleForm> forms = new ArrayList<>();
    service.rules().forEach(r -> forms.add(new RuleForm(r)));
    rules = forms;
  }

  public void saveRules() {
    boolean saved =
        Attempt.run(
            () -> rules.forEach(r -> service.saveRule(r.row.rule(), r.enabled, r.parameter)));
    if (saved) {
      Texts.info("staff_supervision_risks.rulesSaved");
      loadRules();
    }
  }

  public void choose(RiskEventRow row) {
    this.selected = row;
    this.text = null;
  }

  public void dismiss() {
    if (Attempt.run(() -> service.dismiss(selected.id(), selected.version(), text))) {
      Texts.info("staff_supervision_risks.dismissed");
    }
  }

  public void order() {
    RiskEventRow ordered =
        Attempt.get(() -> service.order(selected.id(), selected.version(), text, days));
    if (ordered != null) {
      Texts.info("staff_supervision_risks.ordered", "JC" + ordered.orderId());
    }
  }

  public RiskState getState() {
    RiskState[] f = events.getFilter();
    return f.length == 0 ? null : f[0];
  }

  public void setState(RiskState state) {
    events.setFilter(state == null ? new RiskState[0] : new RiskState[] {state});
  }

  public RiskState[] getStates() {
    return RiskState.values();
  }

  public BoundaryLazyModel<RiskEventRow, RiskState[]> getEvents() {
    return events;
  }

  public List<RuleForm> getRules() {
    return rules;
  }

  public RiskEventRow getSelected() {
    return selected;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
