package gov.approval.appointment.entity;

import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A citizen's booking of one place (seat) in a window's slot, for one item. While booked it holds
 * its seat and its citizen as holder, so the table's unique keys refuse a second booking of the
 * same seat or by the same citizen in the slot; cancelling gives both back.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(
    name = "Appointment.seatsOfDay",
    query =
        "SELECT a.start, a.seat, a.holder FROM Appointment a WHERE a.window.id = :window"
            + " AND a.day = :day AND a.seat IS NOT NULL")
@NamedQuery(
    name = "Appointment.dueForReminder",
    query =
        "SELECT a.id FROM Appointment a WHERE a.day = :day AND a.status = :booked"
            + " AND a.remindedAt IS NULL ORDER BY a.id")
public class Appointment {

  public static final int NUMBER_LENGTH = 16;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "booking_number", nullable = false, updatable = false, length = NUMBER_LENGTH)
  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "window_id", nullable = false, updatable = false)
  private ServiceWindow window;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ServiceItem item;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "citizen_id", nullable = false, updatable = false)
  private UserAccount citizen;

  @Column(name = "slot_day", nullable = false, updatable = false)
  private LocalDate day;

  @Column(name = "slot_start", nullable = false, updatable = false)
  private LocalTime start;

  @Column(name = "slot_end", nullable = false, updatable = false)
  private LocalTime end;

  private Integer seat;

  @Column(name = "holder_id")
  private Long holder;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AppointmentStatus status;

  @Column(name = "booked_at", nullable = false, updatable = false)
  private Instant bookedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "marked_by", length = 64)
  private String markedBy;

  protected Appointment() {}

  /** A booking of {@code seat} in the slot; the caller has checked the rules and the capacity. */
  public static Appointment book(
      String number,
      ServiceWindow window,
      ServiceItem item,
      UserAccount citizen,
      LocalDate day,
      SlotTime slot,
      int seat,
      Instant now) {
    Appointment a = new Appointment();
    a.number = Objects.requireNonNull(number);
    a.window = Objects.requireNonNull(window);
    a.item = Objects.requireNonNull(item);
    a.citizen = Objects.requireNonNull(citizen);
    a.day = Objects.requireNonNull(day);
    a.start = slot.start();
    a.end = slot.end();
    a.seat = seat;
    a.holder = citizen.getId();
    a.status = AppointmentStatus.BOOKED;
    a.bookedAt = Objects.requireNonNull(now);
    return a;
  }

  /** Cancels a booking whose slot has not started; its place is free again at once. */
  public void cancel(LocalDateTime now, Instant at) {
    requireBooked();
    if (!SlotRules.notStarted(day, start, now)) {
      throw new BusinessException("appointment.cancel.started", number);
    }
    status = AppointmentStatus.CANCELLED;
    cancelledAt = at;
    seat = null;
    holder = null;
  }

  /** The hall records that the citizen came; only on the day of the booking or later. */
  public void markArrived(String staff, LocalDate today) {
    mark(AppointmentStatus.ARRIVED, staff, today);
  }

  /** The hall records that the citizen did not come; only once the slot has started. */
  public void markNoShow(String staff, LocalDateTime now) {
    if (SlotRules.notStarted(day, start, now)) {
      throw new BusinessException("appointment.mark.notStarted", number);
    }
    mark(AppointmentStatus.NO_SHOW, staff, now.toLocalDate());
  }

  private void mark(AppointmentStatus to, String staff, LocalDate today) {
    requireBooked();
    if (today.isBefore(day)) {
      throw new BusinessException("appointment.mark.notToday", number, day);
    }
    status = to;
    markedBy = staff;
  }

  private void requireBooked() {
    if (status != AppointmentStatus.BOOKED) {
      throw new BusinessException("appointment.status.notBooked", number);
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getNumber() {
    return number;
  }

  public ServiceWindow getWindow() {
    return window;
  }

  public ServiceItem getItem() {
    return item;
  }

  public UserAccount getCitizen() {
    return citizen;
  }

  public LocalDate getDay() {
    return day;
  }

  public LocalTime getStart() {
    return start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public Integer getSeat() {
    return seat;
  }

  public AppointmentStatus getStatus() {
    return status;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }
}
