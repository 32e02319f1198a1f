package gov.approval.demo;

import gov.approval.calendar.entity.CalendarDay;
import gov.approval.calendar.entity.ScheduleFile;
import gov.approval.calendar.entity.SpecialDay;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the holiday schedules of {@link #YEARS} into an empty calendar when demo data is enabled,
 * from the schedule files an administrator would import ({@code gov/approval/calendar/<year>.txt}):
 * 2026 as the State Council published it, 2027's statutory holidays until its notice is imported.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class CalendarDemoData {

  static final List<Integer> YEARS = List.of(2026, 2027);

  private static final Logger LOG = Logger.getLogger(CalendarDemoData.class.getName());

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "approval.demo.enabled", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled
        || em.createQuery("SELECT COUNT(d) FROM CalendarDay d", Long.class).getSingleResult() > 0) {
      return;
    }
    int count = 0;
    for (int year : YEARS) {
      for (SpecialDay day : schedule(year)) {
        em.persist(new CalendarDay(day.day(), day.kind(), day.name()));
        count++;
      }
    }
    em.flush();
    int loaded = count;
    LOG.info(() -> "Demo calendar loaded: " + loaded + " holidays and make-up days of " + YEARS);
  }

  /** The demo schedule of {@code year}, which must read without problems. */
  public static List<SpecialDay> schedule(int year) {
    String resource = "/gov/approval/calendar/" + year + ".txt";
    try (InputStream in = CalendarDemoData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no demo schedule " + resource);
      }
      ScheduleFile.Result read =
          ScheduleFile.read(year, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!read.accepted()) {
        throw new IllegalStateException("demo schedule " + resource + ": " + read.problems());
      }
      return read.days();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
