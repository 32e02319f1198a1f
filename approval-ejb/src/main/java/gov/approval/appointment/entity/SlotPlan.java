package gov.approval.appointment.entity;

import gov.approval.organisation.entity.ServiceWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;

/**
 * A window's own slot plan: its opening periods, the slot length and the places per slot. A window
 * without one follows the configured defaults.
 */
@Entity
@Table(name = "window_slot_plan")
public class SlotPlan {

  public static final int PERIODS_LENGTH = 128;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "window_id", nullable = false, updatable = false)
  private ServiceWindow window;

  @Column(nullable = false, length = PERIODS_LENGTH)
  private String periods;

  @Column(name = "slot_minutes", nullable = false)
  private int slotMinutes;

  @Column(nullable = false)
  private int capacity;

  protected SlotPlan() {}

  public SlotPlan(ServiceWindow window, String periods, int slotMinutes, int capacity) {
    this.window = Objects.requireNonNull(window);
    change(periods, slotMinutes, capacity);
  }

  /** Replaces the plan after checking that it gives slots; existing bookings keep their times. */
  public void change(String periods, int slotMinutes, int capacity) {
    SlotRules.slotsOf(periods, slotMinutes);
    SlotRules.checkCapacity(capacity);
    this.periods = periods.strip();
    this.slotMinutes = slotMinutes;
    this.capacity = capacity;
  }

  public List<SlotTime> slots() {
    return SlotRules.slotsOf(periods, slotMinutes);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public ServiceWindow getWindow() {
    return window;
  }

  public String getPeriods() {
    return periods;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }

  public int getCapacity() {
    return capacity;
  }
}
