package gov.approval.appointment.boundary;

import java.time.LocalTime;

/** A slot of a day with its places and how many are booked. */
public record FreeSlot(LocalTime start, LocalTime end, int capacity, int booked, boolean open) {

  public int free() {
    return Math.max(0, capacity - booked);
  }

  /** Whether a citizen may book it now: not started and a place left. */
  public boolean bookable() {
    return open && free() > 0;
  }
}
