package gov.approval.appointment.boundary;

import gov.approval.appointment.control.AppointmentMails;
import gov.approval.appointment.control.Booking;
import gov.approval.appointment.control.Slots;
import gov.approval.appointment.control.WindowItems;
import gov.approval.appointment.entity.Appointment;
import gov.approval.appointment.entity.AppointmentStatus;
import gov.approval.appointment.entity.SlotRules;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A citizen's appointments: the slots of a window with the places left, booking one (one place per
 * citizen and slot, never more than the capacity), my bookings, cancelling before the slot starts.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class AppointmentService {

  /** My bookings shown: the latest first, enough for any citizen's real use. */
  static final int MINE = 50;

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject WindowItems windowItems;

  @Inject Slots slots;

  @Inject Booking booking;

  @Inject AppointmentMails mails;

  @Inject Clock clock;

  /** A window to book at: its hall, its items and the days open; "not found" for an unknown one. */
  public BookableWindow window(@NotNull Long windowId) {
    PublicWindow window =
        windowItems
            .window(windowId)
            .orElseThrow(() -> new NotFoundException("ServiceWindow", windowId));
    PublicHall hall =
        em.createQuery(
                "SELECT NEW gov.approval.appointment.boundary.PublicHall(h.id, h.name, r.name,"
                    + " r.level, h.address, h.phone, h.openingHours) FROM ServiceWindow w"
                    + " JOIN w.hall h JOIN h.region r WHERE w.id = :id",
                PublicHall.class)
            .setParameter("id", windowId)
            .getSingleResult();
    return new BookableWindow(hall, window, slots.bookableDays());
  }

  /** The slots of a day with their free places; none on a holiday or a day out of range. */
  public List<FreeSlot> slots(@NotNull Long windowId, @NotNull LocalDate day) {
    return slots.day(windowId, day);
  }

  public MyAppointment book(@NotNull @Valid BookingForm form) {
    Appointment booked = booking.book(session.getCallerPrincipal().getName(), form);
    return view(booked, slots.now());
  }

  public List<MyAppointment> mine() {
    LocalDateTime now = slots.now();
    return em
        .createQuery(
            "SELECT a FROM Appointment a JOIN FETCH a.window w JOIN FETCH w.hall JOIN FETCH a.item"
                + " WHERE a.citizen.username = :me ORDER BY a.day DESC, a.start DESC, a.id DESC",
            Appointment.class)
        .setParameter("me", session.getCallerPrincipal().getName())
        .setMaxResults(MINE)
        .getResultList()
        .stream()
        .map(a -> view(a, now))
        .toList();
  }

  public MyAppointment cancel(@NotNull Long id, long version) {
    Appointment a = own(id);
    Versions.check(a.getVersion(), version);
    a.cancel(slots.now(), clock.instant());
    mails.cancelled(a);
    em.flush();
    return view(a, slots.now());
  }

  private Appointment own(Long id) {
    Appointment a = em.find(Appointment.class, id);
    if (a == null || !a.getCitizen().getUsername().equals(session.getCallerPrincipal().getName())) {
      throw new NotFoundException("Appointment", id);
    }
    return a;
  }

  static MyAppointment view(Appointment a, LocalDateTime now) {
    return new MyAppointment(
        a.getId(),
        a.getVersion(),
        a.getNumber(),
        a.getWindow().getHall().getName(),
        a.getWindow().getHall().getAddress(),
        a.getWindow().getNumber(),
        a.getWindow().getName(),
        a.getItem().getImplementationCode(),
        a.getItem().getName(),
        a.getDay(),
        a.getStart(),
        a.getEnd(),
        a.getStatus(),
        a.getStatus() == AppointmentStatus.BOOKED
            && SlotRules.notStarted(a.getDay(), a.getStart(), now));
  }
}
