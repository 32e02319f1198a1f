package gov.approval.appointment.control;

import gov.approval.appointment.entity.Appointment;
import gov.approval.appointment.entity.AppointmentStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails each citizen a reminder the day before the booked visit. A timer on every server tries each
 * hour of the day; each booking is claimed by a conditional update of its reminder time before its
 * mail is stored, so a cluster reminds once, and a booking made later in the day is still reminded.
 */
@Stateless
public class AppointmentReminders {

  private static final Logger LOG = Logger.getLogger(AppointmentReminders.class.getName());

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject Clock clock;

  @Inject AppointmentMails mails;

  /** Never throws: Payara drops a timer whose deliveries fail twice. */
  @Schedule(hour = "8-20", minute = "23", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void hourly() {
    try {
      int sent = remindFor(LocalDate.now(clock).plusDays(1));
      LOG.fine(() -> "Appointment reminders: " + sent);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Appointment reminder round failed", e);
    }
  }

  /** Reminds every booking of {@code day} not yet reminded; returns how many this call claimed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int remindFor(LocalDate day) {
    AppointmentReminders self = context.getBusinessObject(AppointmentReminders.class);
    int sent = 0;
    for (Long id : self.due(day)) {
      try {
        sent += self.remind(id) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Reminder of appointment " + id + " failed: " + e.getMessage());
      }
    }
    return sent;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due(LocalDate day) {
    return em.createNamedQuery("Appointment.dueForReminder", Long.class)
        .setParameter("day", day)
        .setParameter("booked", AppointmentStatus.BOOKED)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(long id) {
    int claimed =
        em.createNativeQuery(
                "UPDATE appointment SET reminded_at = ?, version = version + 1"
                    + " WHERE id = ? AND reminded_at IS NULL AND status = ?")
            .setParameter(1, Timestamp.from(clock.instant()))
            .setParameter(2, id)
            .setParameter(3, AppointmentStatus.BOOKED.name())
            .executeUpdate();
    if (claimed != 1) {
      return false;
    }
    mails.reminder(em.find(Appointment.class, id));
    return true;
  }
}
