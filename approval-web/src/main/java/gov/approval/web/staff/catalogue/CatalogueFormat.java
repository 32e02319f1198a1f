package gov.approval.web.staff.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the catalogue pages show them ({@code #{catalogueFormat.time(row.updatedAt)}}): to
 * the minute, in the city's time zone, the same in both languages.
 */
@Named
@ApplicationScoped
public class CatalogueFormat {

  /** The city's zone, as the application's clock runs in it. */
  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public String time(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant.atZone(CITY));
  }
}
