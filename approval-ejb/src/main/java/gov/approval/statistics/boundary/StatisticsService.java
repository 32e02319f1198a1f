package gov.approval.statistics.boundary;

import gov.approval.identity.entity.Roles;
import gov.approval.platform.control.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the daily statistics the nightly job wrote: a period summed per department, item, region
 * level, channel or day, filtered by any of them. One indexed GROUP BY per call; the label of a
 * department or item is joined in the same statement.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISE, Roles.JOB_MANAGE, Roles.AUDIT_VIEW, Roles.EVALUATION_MANAGE})
public class StatisticsService {

  @PersistenceContext EntityManager em;

  public List<StatisticsRow> query(@NotNull @Valid StatisticsQuery query) {
    String key;
    String label;
    String join = "";
    switch (query.grouping()) {
      case DEPARTMENT -> {
        key = "s.department_id";
        label = "d.name";
        join = " join department d on d.id = s.department_id";
      }
      case ITEM -> {
        key = "s.item_id";
        label = "i.name";
        join = " join service_item i on i.id = s.item_id";
      }
      case REGION_LEVEL -> {
        key = "s.region_level";
        label = "s.region_level";
      }
      case CHANNEL -> {
        key = "s.channel";
        label = "s.channel";
      }
      case DAY -> {
        key = "s.stat_day";
        label = "s.stat_day";
      }
      default -> {
        key = "''";
        label = "''";
      }
    }
    StringBuilder sql =
        new StringBuilder("select ")
            .append(key)
            .append(", ")
            .append(label)
            .append(
                ", sum(s.received), sum(s.accepted), sum(s.refused), sum(s.corrected),"
                    + " sum(s.deficiency_accepted), sum(s.completed), sum(s.completed_on_time),"
                    + " sum(s.overdue), sum(s.handling_days_total), max(s.handling_days_p90),"
                    + " sum(s.ratings), sum(s.complaints), sum(s.warnings)"
                    + " from case_daily_statistics s")
            .append(join)
            .append(" where s.stat_day >= ?1 and s.stat_day <= ?2");
    List<Object> parameters =
        new ArrayList<>(List.of(Date.valueOf(query.from()), Date.valueOf(query.to())));
    if (query.departmentId() != null) {
      parameters.add(query.departmentId());
      sql.append(" and s.department_id = ?").append(parameters.size());
    }
    if (query.itemId() != null) {
      parameters.add(query.itemId());
      sql.append(" and s.item_id = ?").append(parameters.size());
    }
    if (query.regionLevel() != null) {
      parameters.add(query.regionLevel());
      sql.append(" and s.region_level = ?").append(parameters.size());
    }
    if (query.channel() != null) {
      parameters.add(query.channel());
      sql.append(" and s.channel = ?").append(parameters.size());
    }
    if (query.grouping() != StatisticsQuery.Grouping.TOTAL) {
      sql.append(" group by ")
          .append(key)
          .append(", ")
          .append(label)
          .append(" order by ")
          .append(key);
    }
    Query native_ = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      native_.setParameter(i + 1, parameters.get(i));
    }
    List<StatisticsRow> rows = new ArrayList<>();
    for (Object result : native_.getResultList()) {
      Object[] r = (Object[]) result;
      long completed = number(r[7]);
      // A TOTAL over an empty period still answers one row of zeros.
      BigDecimal average =
          completed == 0
              ? null
              : BigDecimal.valueOf(number(r[10]))
                  .divide(BigDecimal.valueOf(completed), 2, RoundingMode.HALF_UP);
      rows.add(
          new StatisticsRow(
              r[0] == null ? "" : r[0].toString(),
              r[1] == null ? "" : r[1].toString(),
              number(r[2]),
              number(r[3]),
              number(r[4]),
              number(r[5]),
              number(r[6]),
              completed,
              number(r[8]),
              number(r[9]),
              average,
              r[11] == null ? null : ((Number) r[11]).intValue(),
              number(r[12]),
              number(r[13]),
              number(r[14])));
    }
    return rows;
  }

  /**
   * The promised and statutory limits (working days) of the items' published versions, by item id,
   * to set handling times beside them; items without a published version are left out.
   */
  public Map<Long, ItemLimits> limits(@NotNull Collection<Long> itemIds) {
    if (itemIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, ItemLimits> limits = new HashMap<>();
    em.createQuery(
            "SELECT i.id, v.promisedLimitDays, v.statutoryLimitDays FROM ServiceItem i"
                + " JOIN i.published v WHERE i.id IN :ids",
            Object[].class)
        .setParameter("ids", itemIds)
        .getResultList()
        .forEach(r -> limits.put((Long) r[0], new ItemLimits((Integer) r[1], (Integer) r[2])));
    return limits;
  }

  /** An item's promised and statutory limit in working days (statutory may be unset). */
  public record ItemLimits(Integer promised, Integer statutory) {}

  /** The last day the statistics cover (the newest computed day), or null before the first run. */
  public LocalDate lastComputedDay() {
    Object day =
        em.createNativeQuery("select max(stat_day) from case_daily_statistics").getSingleResult();
    if (day == null) {
      return null;
    }
    return day instanceof LocalDate local ? local : ((java.sql.Date) day).toLocalDate();
  }

  /**
   * The day's received, accepted and completed cases counted from the case table itself (the
   * dashboards' "today", which the nightly table does not hold yet); three indexed counts in one
   * statement. Days are days in the city's time zone, as in the nightly job.
   */
  public LiveNumbers liveNumbers(@NotNull LocalDate day) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select (select count(*) from approval_case where received_on = ?1),"
                        + " (select count(*) from approval_case where accepted_on = ?1),"
                        + " (select count(*) from approval_case"
                        + " where completed_at >= ?2 and completed_at < ?3)")
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, Timestamp.from(day.atStartOfDay(Clocks.CITY_ZONE).toInstant()))
                .setParameter(
                    3, Timestamp.from(day.plusDays(1).atStartOfDay(Clocks.CITY_ZONE).toInstant()))
                .getSingleResult();
    return new LiveNumbers(day, number(r[0]), number(r[1]), number(r[2]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
