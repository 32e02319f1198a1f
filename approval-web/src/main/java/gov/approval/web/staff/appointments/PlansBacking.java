package gov.approval.web.staff.appointments;

import gov.approval.appointment.boundary.PlanForm;
import gov.approval.appointment.boundary.PlanRow;
import gov.approval.appointment.boundary.SlotPlanService;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The windows' slot plans ({@code /staff/appointments/plans.xhtml}): pick a window, edit, save. */
@Named("staffAppointmentsPlansBacking")
@ViewScoped
public class PlansBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SlotPlanService plans;

  private List<PlanRow> rows;
  private PlanRow editing;
  private String periods;
  private int slotMinutes;
  private int capacity;

  @PostConstruct
  void init() {
    rows = plans.plans();
  }

  public void edit(PlanRow row) {
    editing = row;
    periods = row.periods();
    slotMinutes = row.slotMinutes();
    capacity = row.capacity();
  }

  public void save() {
    PlanRow row = editing;
    if (row != null
        && Attempt.run(
            () ->
                plans.save(
                    row.windowId(), row.version(), new PlanForm(periods, slotMinutes, capacity)))) {
      Texts.info("staff_appointments_plans.saved", row.hallName(), row.windowNumber());
      editing = null;
    }
    rows = plans.plans();
  }

  public List<PlanRow> getRows() {
    return rows;
  }

  public PlanRow getEditing() {
    return editing;
  }

  public String getPeriods() {
    return periods;
  }

  public void setPeriods(String periods) {
    this.periods = periods;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }

  public void setSlotMinutes(int slotMinutes) {
    this.slotMinutes = slotMinutes;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }
}
