package gov.approval.web.my;

import gov.approval.appointment.boundary.AppointmentService;
import gov.approval.appointment.boundary.BookableWindow;
import gov.approval.appointment.boundary.BookingForm;
import gov.approval.appointment.boundary.FreeSlot;
import gov.approval.appointment.boundary.MyAppointment;
import gov.approval.appointment.boundary.WindowItem;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Booking a window visit ({@code /my/book.xhtml?window=&item=}): the item, then a day among the
 * working days open, then a slot with places left.
 */
@Named("myBookBacking")
@ViewScoped
public class BookBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AppointmentService appointments;

  private Long windowId;
  private Long itemId;
  private BookableWindow window;
  private LocalDate day;
  private List<FreeSlot> slots = List.of();

  public void load() {
    if (windowId == null) {
      Texts.error("my_book.noWindow");
      return;
    }
    window = Attempt.get(() -> appointments.window(windowId));
    if (window == null) {
      return;
    }
    if (itemId == null || window.window().items().stream().noneMatch(i -> i.id().equals(itemId))) {
      itemId = window.window().items().isEmpty() ? null : window.window().items().get(0).id();
    }
    // Starts on the first day with a place left (today's slots may all have started).
    for (LocalDate open : window.days()) {
      day = open;
      refresh();
      if (slots.stream().anyMatch(FreeSlot::bookable)) {
        break;
      }
    }
  }

  /** The day changed: shows its slots. */
  public void refresh() {
    slots = day == null ? List.of() : appointments.slots(windowId, day);
  }

  public String book(FreeSlot slot) {
    MyAppointment booked =
        Attempt.get(() -> appointments.book(new BookingForm(windowId, itemId, day, slot.start())));
    if (booked == null) {
      refresh();
      return null;
    }
    Texts.info("my_book.booked", booked.number(), booked.day(), booked.start());
    return "/my/appointments?faces-redirect=true";
  }

  public List<WindowItem> getItems() {
    return window == null ? List.of() : window.window().items();
  }

  public Long getWindowId() {
    return windowId;
  }

  public void setWindowId(Long windowId) {
    this.windowId = windowId;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public BookableWindow getWindow() {
    return window;
  }

  public LocalDate getDay() {
    return day;
  }

  /** The chosen day as the select posts it (ISO); one not offered keeps the current day. */
  public String getDayValue() {
    return day == null ? null : day.toString();
  }

  public void setDayValue(String value) {
    if (window != null && value != null) {
      window.days().stream()
          .filter(d -> d.toString().equals(value))
          .findFirst()
          .ifPresent(d -> day = d);
    }
  }

  public List<FreeSlot> getSlots() {
    return slots;
  }
}
