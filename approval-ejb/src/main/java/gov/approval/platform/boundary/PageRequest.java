package gov.approval.platform.boundary;

import java.util.Map;

/**
 * Which page of a list to read: offset, size, one sort key with direction, and a free-text filter.
 * The boundary maps {@code sort} onto a whitelist of columns, so no caller text reaches the query.
 */
public record PageRequest(int first, int size, String sort, boolean ascending, String search) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    first = Math.max(0, first);
    size = Math.min(Math.max(1, size), MAX_SIZE);
    search = search == null || search.isBlank() ? null : search.strip();
  }

  public static PageRequest of(int first, int size) {
    return new PageRequest(first, size, null, true, null);
  }

  /**
   * The ORDER BY items for this request: the column that {@code sortable} maps the requested sort
   * key to (or {@code fallback}), in the requested direction. Only whitelisted columns reach the
   * query.
   */
  public String orderBy(Map<String, String> sortable, String fallback) {
    String column = sort == null ? fallback : sortable.getOrDefault(sort, fallback);
    return column + (ascending ? " ASC" : " DESC");
  }

  /** The search text as a case-insensitive LIKE pattern with its wildcards escaped, or null. */
  public String searchPattern() {
    if (search == null) {
      return null;
    }
    String escaped =
        search
            .toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
