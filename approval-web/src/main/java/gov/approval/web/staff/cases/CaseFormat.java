package gov.approval.web.staff.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How the case pages mark a deadline: the style class of the working days left (red when overdue,
 * amber at two days or fewer).
 */
@Named
@ApplicationScoped
public class CaseFormat {

  /** Days left at or below which a deadline shows amber. */
  static final int AMBER_DAYS = 2;

  public String daysLeftClass(Integer daysLeft) {
    if (daysLeft == null) {
      return "days-left";
    }
    if (daysLeft < 0) {
      return "days-left days-overdue";
    }
    return daysLeft <= AMBER_DAYS ? "days-left days-soon" : "days-left";
  }
}
