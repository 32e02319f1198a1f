package gov.approval.appointment.control;

import gov.approval.appointment.boundary.BookingForm;
import gov.approval.appointment.boundary.PublicWindow;
import gov.approval.appointment.entity.Appointment;
import gov.approval.appointment.entity.SlotRules;
import gov.approval.appointment.entity.SlotTime;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Books a place for a citizen. Bookings of one window take turns on a lock of the window's row, so
 * two citizens after the last place cannot both get it; the unique seat key of the table is the
 * second guard. The boundary passes the caller; tests call this bean from two threads at once.
 */
@Stateless
public class Booking {

  private static final String NUMBER_DIGITS = "0123456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject Slots slots;

  @Inject WindowItems windowItems;

  @Inject AppointmentMails mails;

  @Inject Clock clock;

  public Appointment book(String username, BookingForm form) {
    UserAccount citizen =
        em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("UserAccount", username));
    PublicWindow offered =
        windowItems
            .window(form.windowId())
            .orElseThrow(() -> new NotFoundException("ServiceWindow", form.windowId()));
    if (offered.items().stream().noneMatch(i -> i.id().equals(form.itemId()))) {
      throw new BusinessException("appointment.booking.itemNotHere", offered.number());
    }
    if (!slots.isBookableDay(form.day())) {
      throw new BusinessException("appointment.booking.dayClosed", form.day());
    }
    Slots.Plan plan = slots.planOf(form.windowId());
    SlotTime slot =
        plan.slots().stream()
            .filter(s -> s.start().equals(form.start()))
            .findFirst()
            .orElseThrow(
                () -> new BusinessException("appointment.booking.noSuchSlot", form.start()));
    LocalDateTime now = slots.now();
    if (!SlotRules.notStarted(form.day(), slot.start(), now)) {
      throw new BusinessException("appointment.booking.started", form.day(), slot.start());
    }
    ServiceWindow window;
    try {
      window = em.find(ServiceWindow.class, form.windowId(), LockModeType.PESSIMISTIC_WRITE);
    } catch (PersistenceException e) {
      // Only a lock held far longer than a booking takes ends here; the citizen may simply retry.
      throw new BusinessException("appointment.booking.busy");
    }
    // The window's places of that day, filtered to the slot here: few rows, and no comparison of
    // time columns in SQL, where databases and drivers disagree about time zones and precision.
    List<Object[]> held =
        em
            .createNamedQuery("Appointment.seatsOfDay", Object[].class)
            .setParameter("window", window.getId())
            .setParameter("day", form.day())
            .getResultList()
            .stream()
            .filter(row -> slot.start().equals(row[0]))
            .toList();
    List<Integer> taken = held.stream().map(row -> (Integer) row[1]).toList();
    boolean mine = held.stream().anyMatch(row -> citizen.getId().equals(row[2]));
    if (mine) {
      throw new BusinessException("appointment.booking.alreadyBooked", form.day(), slot.start());
    }
    int seat =
        SlotRules.freeSeat(taken, plan.capacity())
            .orElseThrow(
                () -> new BusinessException("appointment.booking.full", form.day(), slot.start()));
    ServiceItem item = em.find(ServiceItem.class, form.itemId());
    Appointment booked =
        Appointment.book(
            newNumber(), window, item, citizen, form.day(), slot, seat, clock.instant());
    em.persist(booked);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // The unique seat key caught a booking the window lock did not serialise: the place is gone.
      throw new BusinessException("appointment.booking.full", form.day(), slot.start());
    }
    mails.booked(booked);
    return booked;
  }

  /** YY, the day of booking and six random digits: short enough to read out at the window. */
  private String newNumber() {
    StringBuilder number =
        new StringBuilder("YY")
            .append(LocalDateTime.now(clock).toLocalDate().toString().replace("-", ""));
    for (int i = 0; i < 6; i++) {
      number.append(NUMBER_DIGITS.charAt(RANDOM.nextInt(NUMBER_DIGITS.length())));
    }
    return number.toString();
  }
}
