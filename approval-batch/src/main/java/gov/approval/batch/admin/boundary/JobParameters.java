package gov.approval.batch.admin.boundary;

import gov.approval.platform.boundary.BusinessException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Job parameters as admins type them and schedules store them: {@code key=value} pairs separated by
 * {@code ;} or new lines, e.g. {@code mode=full; from=2026-01-01}; {@code month=previous} is the
 * month before the start's (a monthly schedule's parameter).
 */
public final class JobParameters {

  private static final String MONTH = "month";
  private static final String PREVIOUS = "previous";

  private JobParameters() {}

  /**
   * Parses {@code text}; blank is no parameters.
   *
   * @throws BusinessException {@code staff_admin_jobs.badParameters} naming the bad pair
   */
  public static Properties parse(String text) {
    Properties properties = new Properties();
    if (text == null || text.isBlank()) {
      return properties;
    }
    for (String pair : text.split("[;\\n]")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0 || pair.substring(0, equals).isBlank()) {
        throw new BusinessException("staff_admin_jobs.badParameters", pair.strip());
      }
      properties.setProperty(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
    }
    return properties;
  }

  /**
   * The parameters a job is started with: {@link #parse} of {@code text}, with {@code
   * month=previous} fixed to the month before {@code today}'s. Resolved once, when the job starts,
   * so that a restart scores the month its first start did, whenever it runs.
   */
  public static Properties forStart(String text, LocalDate today) {
    Properties properties = parse(text);
    if (PREVIOUS.equals(properties.getProperty(MONTH))) {
      properties.setProperty(MONTH, YearMonth.from(today).minusMonths(1).toString());
    }
    return properties;
  }

  /** The properties as text again, keys sorted. */
  public static String format(Properties properties) {
    if (properties == null || properties.isEmpty()) {
      return "";
    }
    Map<String, String> sorted = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> sorted.put(k, properties.getProperty(k)));
    StringBuilder text = new StringBuilder();
    sorted.forEach(
        (k, v) -> text.append(text.length() == 0 ? "" : "; ").append(k).append('=').append(v));
    return text.toString();
  }
}
