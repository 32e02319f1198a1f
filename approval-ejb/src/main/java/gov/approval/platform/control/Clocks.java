package gov.approval.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application, in the city's time zone; tests of entities pass their own. */
@ApplicationScoped
public class Clocks {

  public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

  @Produces
  Clock clock() {
    return Clock.system(CITY_ZONE);
  }
}
