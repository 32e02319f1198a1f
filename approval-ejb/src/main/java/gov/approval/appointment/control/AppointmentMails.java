package gov.approval.appointment.control;

import gov.approval.appointment.entity.Appointment;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The mails of a booking, through the outbox in the caller's transaction; none without an address.
 */
@Dependent
public class AppointmentMails {

  @Inject Event<Mail> mail;

  public void booked(Appointment a) {
    send(a, "appointment.BOOKED");
  }

  public void reminder(Appointment a) {
    send(a, "appointment.REMINDER");
  }

  public void cancelled(Appointment a) {
    send(a, "appointment.CANCELLED");
  }

  private void send(Appointment a, String key) {
    String to = a.getCitizen().getEmail();
    if (to == null || to.isBlank()) {
      return;
    }
    mail.fire(
        MailTexts.compose(
                to,
                key,
                a.getNumber(),
                a.getWindow().getHall().getName(),
                a.getWindow().getNumber() + " " + a.getWindow().getName(),
                a.getItem().getName(),
                a.getDay().toString(),
                a.getStart() + "-" + a.getEnd(),
                a.getWindow().getHall().getAddress() == null
                    ? ""
                    : a.getWindow().getHall().getAddress())
            .withReference(a.getNumber()));
  }
}
