package gov.approval.appointment.control;

import gov.approval.appointment.boundary.PublicWindow;
import gov.approval.appointment.boundary.WindowItem;
import gov.approval.catalogue.entity.VersionStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The windows of a hall with the items each handles: the items assigned to the window in the
 * catalogue, or, for a window without published assignments, every published item of the department
 * staffing it (the demo and many halls never assign windows one by one). Three statements whatever
 * the number of windows.
 */
@Stateless
public class WindowItems {

  /** A window with its department, before its items are known. */
  public record WindowHead(
      Long id, String number, String name, Long departmentId, String department) {}

  /** An item with the window or department it belongs to. */
  public record Owned(Long owner, Long id, String code, String name) {}

  @PersistenceContext EntityManager em;

  public List<PublicWindow> ofHall(Long hallId) {
    return withItems(
        em.createQuery(
                "SELECT NEW gov.approval.appointment.control.WindowItems.WindowHead(w.id, w.number,"
                    + " w.name, d.id, d.name) FROM ServiceWindow w JOIN w.section s"
                    + " JOIN s.department d WHERE w.hall.id = :hall AND w.active = TRUE"
                    + " AND d.active = TRUE ORDER BY w.number",
                WindowHead.class)
            .setParameter("hall", hallId)
            .getResultList());
  }

  public List<PublicWindow> withItems(List<WindowHead> windows) {
    if (windows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<WindowItem>> assigned =
        group(
            em.createQuery(
                    "SELECT NEW gov.approval.appointment.control.WindowItems.Owned(iw.window.id,"
                        + " i.id, i.implementationCode, i.name) FROM ItemWindow iw JOIN iw.item i"
                        + " WHERE iw.window.id IN :ids AND i.status = :published ORDER BY i.name",
                    Owned.class)
                .setParameter("ids", windows.stream().map(WindowHead::id).toList())
                .setParameter("published", VersionStatus.PUBLISHED)
                .getResultList());
    Set<Long> departments =
        windows.stream()
            .filter(w -> !assigned.containsKey(w.id()))
            .map(WindowHead::departmentId)
            .collect(Collectors.toSet());
    Map<Long, List<WindowItem>> ofDepartment =
        departments.isEmpty()
            ? Map.of()
            : group(
                em.createQuery(
                        "SELECT NEW gov.approval.appointment.control.WindowItems.Owned("
                            + "i.department.id, i.id, i.implementationCode, i.name)"
                            + " FROM ServiceItem i WHERE i.department.id IN :ids"
                            + " AND i.status = :published ORDER BY i.name",
                        Owned.class)
                    .setParameter("ids", departments)
                    .setParameter("published", VersionStatus.PUBLISHED)
                    .getResultList());
    return windows.stream()
        .map(
            w ->
                new PublicWindow(
                    w.id(),
                    w.number(),
                    w.name(),
                    w.department(),
                    assigned.getOrDefault(
                        w.id(), ofDepartment.getOrDefault(w.departmentId(), List.of()))))
        .toList();
  }

  /** The window with its items, or empty for an unknown or inactive window. */
  public java.util.Optional<PublicWindow> window(Long windowId) {
    List<WindowHead> heads =
        em.createQuery(
                "SELECT NEW gov.approval.appointment.control.WindowItems.WindowHead(w.id, w.number,"
                    + " w.name, d.id, d.name) FROM ServiceWindow w JOIN w.section s"
                    + " JOIN s.department d WHERE w.id = :id AND w.active = TRUE"
                    + " AND d.active = TRUE",
                WindowHead.class)
            .setParameter("id", windowId)
            .getResultList();
    return withItems(heads).stream().findFirst();
  }

  private static Map<Long, List<WindowItem>> group(List<Owned> rows) {
    Map<Long, List<WindowItem>> grouped = new LinkedHashMap<>();
    for (Owned row : rows) {
      grouped
          .computeIfAbsent(row.owner(), k -> new ArrayList<>())
          .add(new WindowItem(row.id(), row.code(), row.name()));
    }
    return grouped;
  }
}
