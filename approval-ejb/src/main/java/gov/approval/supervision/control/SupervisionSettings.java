package gov.approval.supervision.control;

import gov.approval.supervision.entity.Thresholds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured defaults of supervision (see the README's configuration table). */
@ApplicationScoped
public class SupervisionSettings {

  @Inject
  @ConfigProperty(name = "approval.supervision.yellow-share-percent", defaultValue = "75")
  int yellowSharePercent;

  @Inject
  @ConfigProperty(name = "approval.supervision.yellow-days-left", defaultValue = "2")
  int yellowDaysLeft;

  @Inject
  @ConfigProperty(name = "approval.supervision.escalation-days", defaultValue = "1")
  int escalationDays;

  @Inject
  @ConfigProperty(name = "approval.supervision.working-hours", defaultValue = "08:00-18:00")
  String workingHours;

  public Thresholds defaultThresholds() {
    return new Thresholds(yellowSharePercent, yellowDaysLeft);
  }

  /** Working days a warning stands at one level of the chain before it goes up one. */
  public int escalationDays() {
    return Math.max(1, escalationDays);
  }

  public LocalTime workStart() {
    return LocalTime.parse(workingHours.split("-")[0].strip());
  }

  public LocalTime workEnd() {
    return LocalTime.parse(workingHours.split("-")[1].strip());
  }
}
