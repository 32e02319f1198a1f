package gov.approval.platform.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list query and its count query built from the same conditions, read one page at a time.
 * Conditions whose value is absent are left out, so a filter the user did not set costs nothing.
 */
public final class PagedQuery<T> {

  private final EntityManager em;
  private final Class<T> type;
  private final String select;
  private final String count;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private PagedQuery(EntityManager em, Class<T> type, String select, String count) {
    this.em = em;
    this.type = type;
    this.select = select;
    this.count = count;
  }

  /**
   * {@code select} reads the rows (a {@code SELECT NEW} projection), {@code count} counts them;
   * both end with their FROM clause and share its aliases.
   */
  public static <T> PagedQuery<T> of(EntityManager em, Class<T> type, String select, String count) {
    return new PagedQuery<>(em, type, select, count);
  }

  /** Adds {@code condition} with its one parameter, unless {@code value} is null. */
  public PagedQuery<T> where(String condition, String parameter, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** Adds {@code condition} with several parameters (none of them absent). */
  public PagedQuery<T> where(String condition, Map<String, Object> values) {
    conditions.add(condition);
    parameters.putAll(values);
    return this;
  }

  /**
   * Adds the request's search as {@code :search} (a lower-case LIKE pattern) to {@code condition},
   * unless the request has no search text.
   */
  public PagedQuery<T> search(String condition, PageRequest request) {
    return where(condition, "search", request.searchPattern());
  }

  /**
   * The page {@code request} asks for, in the order {@code orderBy} (which must end in a unique
   * key).
   */
  public Page<T> page(PageRequest request, String orderBy) {
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<T> rows = em.createQuery(select + where + " ORDER BY " + orderBy, type);
    TypedQuery<Long> total = em.createQuery(count + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          total.setParameter(name, value);
        });
    return new Page<>(
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList(),
        total.getSingleResult());
  }
}
