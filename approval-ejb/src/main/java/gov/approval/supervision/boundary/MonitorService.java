package gov.approval.supervision.boundary;

import gov.approval.casework.control.CaseClock;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.CaseTime;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.supervision.entity.WarningLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live monitoring board (实时监控) of supervisors and the hall office: every open case by
 * department and status with its time left and active warnings, as grouped counts and a paged list.
 * Three grouped queries for the counts; two for a page plus one for its rows' warnings.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISE, Roles.ORG_MANAGE})
public class MonitorService {

  static final Map<String, String> SORTABLE =
      Map.of(
          "number", "c.number",
          "itemName", "c.itemName",
          "departmentName", "d.name",
          "status", "c.status",
          "dueOn", "c.dueOn");

  @PersistenceContext EntityManager em;

  @Inject CaseClock clock;

  /** Open cases per department: by status, overdue, and under yellow and red warnings. */
  public List<DepartmentLoad> load() {
    CaseTime time = clock.now();
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, Map<CaseStatus, Long>> byStatus = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT d.id, d.name, c.status, COUNT(c) FROM ApprovalCase c JOIN c.department d"
                    + " WHERE c.status IN :open GROUP BY d.id, d.name, c.status ORDER BY d.name",
                Object[].class)
            .setParameter("open", CaseStatus.OPEN)
            .getResultList()) {
      Long id = (Long) r[0];
      names.put(id, (String) r[1]);
      byStatus
          .computeIfAbsent(id, k -> new EnumMap<>(CaseStatus.class))
          .put((CaseStatus) r[2], (Long) r[3]);
    }
    Map<Long, Long> overdue = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT c.department.id, COUNT(c) FROM ApprovalCase c WHERE c.status IN :open"
                    + " AND c.dueOn < :today GROUP BY c.department.id",
                Object[].class)
            .setParameter("open", CaseStatus.OPEN)
            .setParameter("today", time.today())
            .getResultList()) {
      overdue.put((Long) r[0], (Long) r[1]);
    }
    Map<Long, Map<WarningLevel, Long>> warnings = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT w.department.id, w.level, COUNT(DISTINCT w.approvalCase.id)"
                    + " FROM CaseWarning w WHERE w.clearedAt IS NULL"
                    + " GROUP BY w.department.id, w.level",
                Object[].class)
            .getResultList()) {
      warnings
          .computeIfAbsent((Long) r[0], k -> new EnumMap<>(WarningLevel.class))
          .put((WarningLevel) r[1], (Long) r[2]);
    }
    return names.entrySet().stream()
        .map(
            e -> {
              Map<CaseStatus, Long> s = byStatus.get(e.getKey());
              Map<WarningLevel, Long> w = warnings.getOrDefault(e.getKey(), Map.of());
              return new DepartmentLoad(
                  e.getKey(),
                  e.getValue(),
                  s.getOrDefault(CaseStatus.SUBMITTED, 0L)
                      + s.getOrDefault(CaseStatus.PRE_REVIEWED, 0L),
                  s.getOrDefault(CaseStatus.CORRECTION_REQUESTED, 0L),
                  s.getOrDefault(CaseStatus.ACCEPTED, 0L),
                  s.getOrDefault(CaseStatus.SUSPENDED, 0L),
                  s.getOrDefault(CaseStatus.DECIDED, 0L),
                  s.values().stream().mapToLong(Long::longValue).sum(),
                  overdue.getOrDefault(e.getKey(), 0L),
                  w.getOrDefault(WarningLevel.YELLOW, 0L),
                  w.getOrDefault(WarningLevel.RED, 0L));
            })
        .toList();
  }

  /** A page of open cases, filtered; each row with its working days left and worst warning. */
  public Page<MonitorRow> cases(@NotNull MonitorFilter filter, @NotNull PageRequest request) {
    PagedQuery<MonitorRow> query =
        PagedQuery.of(
                em,
                MonitorRow.class,
                "SELECT NEW gov.approval.supervision.boundary.MonitorRow(c.id, c.number,"
                    + " c.itemName, d.name, c.status, c.dueOn, sa.displayName)"
                    + " FROM ApprovalCase c JOIN c.department d"
                    + " LEFT JOIN c.currentAssignee s LEFT JOIN s.account sa",
                "SELECT COUNT(c) FROM ApprovalCase c JOIN c.department d")
            .where(
                "c.status IN :statuses",
                "statuses",
                filter.status() == null ? CaseStatus.OPEN : java.util.Set.of(filter.status()))
            .where("d.id = :department", "department", filter.departmentId())
            .search("(LOWER(c.number) LIKE :search OR LOWER(c.itemName) LIKE :search)", request);
    if (filter.warning() != null && filter.warning() != WarningLevel.NONE) {
      query.where(
          "EXISTS (SELECT w FROM CaseWarning w WHERE w.approvalCase = c"
              + " AND w.clearedAt IS NULL AND w.level = :level)",
          "level",
          filter.warning());
    }
    Page<MonitorRow> page = query.page(request, request.orderBy(SORTABLE, "c.dueOn") + ", c.id");
    Map<Long, WarningLevel> worst = new HashMap<>();
    List<Long> ids = page.rows().stream().map(MonitorRow::id).toList();
    if (!ids.isEmpty()) {
      for (Object[] r :
          em.createQuery(
                  "SELECT w.approvalCase.id, w.level FROM CaseWarning w"
                      + " WHERE w.approvalCase.id IN :ids AND w.clearedAt IS NULL",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList()) {
        worst.merge((Long) r[0], (WarningLevel) r[1], (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
      }
    }
    CaseTime time = clock.now();
    return new Page<>(
        page.rows().stream()
            .map(
                r ->
                    r.with(
                        r.dueOn() == null
                            ? null
                            : time.calendar().workingDaysBetween(time.today(), r.dueOn()),
                        worst.getOrDefault(r.id(), WarningLevel.NONE)))
            .toList(),
        page.total());
  }
}
