package gov.approval.it.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import gov.approval.appointment.boundary.AppointmentDesk;
import gov.approval.appointment.boundary.AppointmentService;
import gov.approval.appointment.boundary.BookableWindow;
import gov.approval.appointment.boundary.BookingForm;
import gov.approval.appointment.boundary.DeskRow;
import gov.approval.appointment.boundary.FreeSlot;
import gov.approval.appointment.boundary.MyAppointment;
import gov.approval.appointment.boundary.PlanForm;
import gov.approval.appointment.boundary.PlanRow;
import gov.approval.appointment.boundary.SlotPlanService;
import gov.approval.appointment.boundary.WindowItem;
import gov.approval.appointment.control.AppointmentReminders;
import gov.approval.appointment.control.Booking;
import gov.approval.appointment.entity.AppointmentStatus;
import gov.approval.calendar.boundary.CalendarService;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.Mailbox;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestCases;
import gov.approval.it.support.Unique;
import gov.approval.mail.boundary.MailOutbox;
import gov.approval.mail.boundary.OutboxMailRow;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.control.Clocks;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appointments inside the server: a citizen books a slot of a new FGW window (one booking per slot,
 * none on a day off), sees it, gets the confirmation and the day-before reminder by mail
 * (GreenMail) and cancels it; two citizens after the last place get one booking and one "slot
 * full"; the hall's staff see and mark only their own department's bookings.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentsIT {

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.platformWith(AppointmentsIT.class);
    ear.addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
    return ear;
  }

  @Inject AppointmentService appointments;

  @Inject AppointmentDesk desk;

  @Inject SlotPlanService plans;

  @Inject Booking booking;

  @Inject AppointmentReminders reminders;

  @Inject DepartmentService departments;

  @Inject CalendarService calendars;

  @Inject MailOutbox outbox;

  @Inject TestCases testCases;

  @Inject SwitchUser switchUser;

  @Resource(lookup = "java:app/jdbc/approval")
  DataSource database;

  @Test
  @ActAs("fgw.head")
  void aCitizenBooksIsRemindedAndCancels() throws Exception {
    GreenMail smtp = Mailbox.start();
    try {
      String citizen = testCases.newCitizen("贺预约");
      String itemCode = testCases.publishedLicence("fgw.head");
      Long windowId = newFgwWindow();

      switchUser.to(citizen);
      BookableWindow offered = appointments.window(windowId);
      WindowItem item = itemOf(offered, itemCode);
      LocalDate day = dayAfterTomorrow(offered);
      List<FreeSlot> slots = appointments.slots(windowId, day);
      assertThat(slots).hasSize(6).allMatch(s -> s.capacity() == 3 && s.booked() == 0);
      FreeSlot first = slots.get(0);

      MyAppointment booked =
          appointments.book(new BookingForm(windowId, item.id(), day, first.start()));
      assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
      assertThat(booked.number()).startsWith("YY");
      assertThat(booked.cancellable()).isTrue();
      assertThat(appointments.slots(windowId, day).get(0).free()).isEqualTo(2);
      assertThat(appointments.mine()).extracting(MyAppointment::number).contains(booked.number());
      assertThatThrownBy(
              () -> appointments.book(new BookingForm(windowId, item.id(), day, first.start())))
          .hasFieldOrPropertyWithValue("messageKey", "appointment.booking.alreadyBooked");
      LocalDate dayOff = dayOff();
      assertThatThrownBy(
              () -> appointments.book(new BookingForm(windowId, item.id(), dayOff, first.start())))
          .hasFieldOrPropertyWithValue("messageKey", "appointment.booking.dayClosed");
      assertThat(appointments.slots(windowId, dayOff)).isEmpty();

      MimeMessage confirmation =
          Mailbox.await(smtp, citizen + "@example.cn", booked.number(), DEADLINE);
      assertThat(confirmation.getSubject()).contains("预约成功");
      assertThat(confirmation.getContent().toString())
          .contains(item.name())
          .contains(day.toString());

      reminders.remindFor(day);
      reminders.remindFor(day);
      MimeMessage reminder = Mailbox.await(smtp, citizen + "@example.cn", "预约提醒", DEADLINE);
      assertThat(reminder.getSubject()).contains(booked.number());
      assertThat(mailSubjects(booked.number())).filteredOn(s -> s.contains("预约提醒")).hasSize(1);

      // Another citizen neither sees nor cancels it.
      String other = testCases.newCitizen("滕旁人");
      switchUser.to(other);
      assertThat(appointments.mine()).isEmpty();
      assertThatThrownBy(() -> appointments.cancel(booked.id(), booked.version()))
          .isInstanceOf(NotFoundException.class);

      switchUser.to(citizen);
      MyAppointment current = mine(booked.number());
      MyAppointment cancelled = appointments.cancel(current.id(), current.version());
      assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
      assertThat(cancelled.cancellable()).isFalse();
      assertThat(appointments.slots(windowId, day).get(0).free()).isEqualTo(3);
      assertThatThrownBy(() -> appointments.cancel(cancelled.id(), cancelled.version()))
          .hasFieldOrPropertyWithValue("messageKey", "appointment.status.notBooked");
      // The place and the citizen's turn are free again.
      MyAppointment again =
          appointments.book(new BookingForm(windowId, item.id(), day, first.start()));
      assertThat(again.status()).isEqualTo(AppointmentStatus.BOOKED);

      // Once the slot has started, it can no longer be cancelled.
      moveToYesterday(again.id());
      MyAppointment started = mine(again.number());
      assertThat(started.cancellable()).isFalse();
      assertThatThrownBy(() -> appointments.cancel(started.id(), started.version()))
          .hasFieldOrPropertyWithValue("messageKey", "appointment.cancel.started");
    } finally {
      smtp.stop();
    }
  }

  @Test
  @ActAs("fgw.head")
  void twoCitizensAfterTheLastPlaceGetOneBookingAndOneFullSlot() throws Exception {
    String first = testCases.newCitizen("甲并发");
    String second = testCases.newCitizen("乙并发");
    String third = testCases.newCitizen("丙并发");
    String itemCode = testCases.publishedLicence("fgw.head");
    Long windowId = newFgwWindow();
    PlanRow plan =
        plans.plans().stream().filter(p -> p.windowId().equals(windowId)).findFirst().orElseThrow();
    assertThat(plan.own()).isFalse();
    plans.save(windowId, plan.version(), new PlanForm("09:00-12:00", 60, 1));
    long planVersion =
        plans.plans().stream()
            .filter(p -> p.windowId().equals(windowId))
            .findFirst()
            .orElseThrow()
            .version();
    assertThatThrownBy(() -> plans.save(windowId, planVersion, new PlanForm("12:00-09:00", 60, 1)))
        .hasFieldOrPropertyWithValue("messageKey", "appointment.plan.periods");

    switchUser.to(first);
    BookableWindow offered = appointments.window(windowId);
    WindowItem item = itemOf(offered, itemCode);
    LocalDate day = dayAfterTomorrow(offered);
    List<FreeSlot> slots = appointments.slots(windowId, day);
    assertThat(slots).hasSize(3).allMatch(s -> s.capacity() == 1);
    BookingForm form = new BookingForm(windowId, item.id(), day, slots.get(0).start());

    ManagedExecutorService executor = lookup("java:comp/DefaultManagedExecutorService");
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<String>> outcomes = new ArrayList<>();
    for (String citizen : List.of(first, second)) {
      outcomes.add(
          executor.submit(
              () -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                  return booking.book(citizen, form).getNumber();
                } catch (BusinessException e) {
                  return e.getMessageKey();
                }
              }));
    }
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      try {
        results.add(outcome.get(60, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        throw new AssertionError("a booking failed unexpectedly", e.getCause());
      }
    }
    assertThat(results).filteredOn(r -> r.startsWith("YY")).hasSize(1);
    assertThat(results).filteredOn(r -> r.equals("appointment.booking.full")).hasSize(1);
    assertThat(appointments.slots(windowId, day).get(0).free()).isZero();
    assertThat(appointments.slots(windowId, day).get(0).bookable()).isFalse();

    switchUser.to(third);
    assertThatThrownBy(() -> appointments.book(form))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "appointment.booking.full");
  }

  @Test
  @ActAs("fgw.head")
  void hallStaffSeeAndMarkOnlyTheirOwnDepartmentsBookings() throws Exception {
    String citizen = testCases.newCitizen("穆到场");
    String itemCode = testCases.publishedLicence("fgw.head");
    Long windowId = newFgwWindow();

    switchUser.to(citizen);
    BookableWindow offered = appointments.window(windowId);
    WindowItem item = itemOf(offered, itemCode);
    LocalDate day = dayAfterTomorrow(offered);
    MyAppointment booked =
        appointments.book(
            new BookingForm(
                windowId, item.id(), day, appointments.slots(windowId, day).get(1).start()));
    assertThatThrownBy(() -> desk.day(offered.hall().id(), day))
        .isInstanceOf(EJBAccessException.class);

    switchUser.to("fgw.clerk1");
    assertThat(desk.day(offered.hall().id(), day))
        .extracting(DeskRow::number)
        .contains(booked.number());
    DeskRow row = row(offered.hall().id(), day, booked.number());
    assertThat(row.citizenName()).isEqualTo("穆到场");
    assertThatThrownBy(() -> desk.markArrived(row.id(), row.version()))
        .hasFieldOrPropertyWithValue("messageKey", "appointment.mark.notToday");
    assertThatThrownBy(() -> desk.markNoShow(row.id(), row.version()))
        .hasFieldOrPropertyWithValue("messageKey", "appointment.mark.notStarted");

    switchUser.to("gsj.clerk1");
    assertThat(desk.day(offered.hall().id(), day))
        .extracting(DeskRow::number)
        .doesNotContain(booked.number());
    assertThatThrownBy(() -> desk.markArrived(row.id(), row.version()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> plans.save(windowId, 0, new PlanForm("09:00-12:00", 60, 2)))
        .isInstanceOf(EJBAccessException.class);

    moveToYesterday(booked.id());
    switchUser.to("halladmin");
    DeskRow yesterday = row(offered.hall().id(), today().minusDays(1), booked.number());
    desk.markArrived(yesterday.id(), yesterday.version());
    assertThat(row(offered.hall().id(), today().minusDays(1), booked.number()).status())
        .isEqualTo(AppointmentStatus.ARRIVED);
    DeskRow arrived = row(offered.hall().id(), today().minusDays(1), booked.number());
    assertThatThrownBy(() -> desk.markNoShow(arrived.id(), arrived.version()))
        .hasFieldOrPropertyWithValue("messageKey", "appointment.status.notBooked");
  }

  private static LocalDate today() {
    return LocalDate.now(Clocks.CITY_ZONE);
  }

  private DeskRow row(Long hallId, LocalDate day, String number) {
    return desk.day(hallId, day).stream()
        .filter(r -> r.number().equals(number))
        .findFirst()
        .orElseThrow();
  }

  private MyAppointment mine(String number) {
    return appointments.mine().stream()
        .filter(a -> a.number().equals(number))
        .findFirst()
        .orElseThrow();
  }

  /** A new window of FGW's section (it handles FGW's published items); the caller is fgw.head. */
  private Long newFgwWindow() {
    Long fgw = departments.idOfCode("FGW");
    for (int attempt = 0; ; attempt++) {
      try {
        return departments.addWindow(fgw, "Y" + Unique.digits(3), "预约测试窗口");
      } catch (BusinessException taken) {
        if (attempt > 5) {
          throw taken;
        }
      }
    }
  }

  private static WindowItem itemOf(BookableWindow window, String code) {
    return window.window().items().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("window does not offer " + code));
  }

  /**
   * A bookable day after tomorrow: no slot has started, and the hourly timer reminds only
   * tomorrow's.
   */
  private static LocalDate dayAfterTomorrow(BookableWindow window) {
    LocalDate tomorrow = today().plusDays(1);
    return window.days().stream().filter(d -> d.isAfter(tomorrow)).findFirst().orElseThrow();
  }

  private LocalDate dayOff() {
    LocalDate day = today().plusDays(1);
    while (calendars.calendar().isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Moves a booking to yesterday, as if its slot had passed: the clock cannot be turned back. */
  private void moveToYesterday(long id) throws Exception {
    try (Connection db = database.getConnection();
        PreparedStatement update =
            db.prepareStatement("update appointment set slot_day = ? where id = ?")) {
      update.setObject(1, today().minusDays(1));
      update.setLong(2, id);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private List<String> mailSubjects(String number) {
    switchUser.to("supervisor");
    List<String> subjects =
        outbox.forReference(number).stream().map(OutboxMailRow::subject).toList();
    return subjects;
  }

  @SuppressWarnings("unchecked")
  private static <T> T lookup(String name) throws Exception {
    return (T) javax.naming.InitialContext.doLookup(name);
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
