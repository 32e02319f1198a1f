package gov.approval.appointment.boundary;

import java.util.List;

/** A window of a hall with the department staffing it and the items it handles. */
public record PublicWindow(
    Long id, String number, String name, String departmentName, List<WindowItem> items) {

  public boolean bookable() {
    return !items.isEmpty();
  }
}
