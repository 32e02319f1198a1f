package gov.approval.web.my;

import gov.approval.appointment.boundary.AppointmentService;
import gov.approval.appointment.boundary.MyAppointment;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * My appointments ({@code /my/appointments.xhtml}): newest first, cancel before the slot starts.
 */
@Named("myAppointmentsBacking")
@ViewScoped
public class AppointmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AppointmentService appointments;

  private List<MyAppointment> rows;

  @PostConstruct
  void init() {
    rows = appointments.mine();
  }

  public void cancel(MyAppointment row) {
    if (Attempt.run(() -> appointments.cancel(row.id(), row.version()))) {
      Texts.info("my_appointments.cancelled", row.number());
    }
    rows = appointments.mine();
  }

  public List<MyAppointment> getRows() {
    return rows;
  }
}
