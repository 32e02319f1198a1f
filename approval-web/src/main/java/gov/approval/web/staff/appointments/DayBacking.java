package gov.approval.web.staff.appointments;

import gov.approval.appointment.boundary.AppointmentDesk;
import gov.approval.appointment.boundary.Choice;
import gov.approval.appointment.boundary.DeskRow;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The day's bookings of a hall ({@code /staff/appointments/day.xhtml}): window staff see their own
 * department's windows; they mark arrivals and no-shows.
 */
@Named("staffAppointmentsDayBacking")
@ViewScoped
public class DayBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AppointmentDesk desk;

  @Inject transient Clock clock;

  private List<Choice> halls;
  private Long hallId;
  private LocalDate day;
  private List<DeskRow> rows = List.of();

  @PostConstruct
  void init() {
    halls = desk.halls();
    hallId = halls.isEmpty() ? null : halls.get(0).id();
    day = LocalDate.now(clock);
    refresh();
  }

  public void refresh() {
    rows = hallId == null || day == null ? List.of() : desk.day(hallId, day);
  }

  public void arrived(DeskRow row) {
    if (Attempt.run(() -> desk.markArrived(row.id(), row.version()))) {
      Texts.info("staff_appointments_day.markedArrived", row.number());
    }
    refresh();
  }

  public void noShow(DeskRow row) {
    if (Attempt.run(() -> desk.markNoShow(row.id(), row.version()))) {
      Texts.info("staff_appointments_day.markedNoShow", row.number());
    }
    refresh();
  }

  public List<Choice> getHalls() {
    return halls;
  }

  public Long getHallId() {
    return hallId;
  }

  public void setHallId(Long hallId) {
    this.hallId = hallId;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public List<DeskRow> getRows() {
    return rows;
  }
}
