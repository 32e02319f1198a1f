package gov.approval.web.shell;

import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy {@code p:dataTable} model that pages through a boundary's {@code page(PageRequest,
 * filter)}: the table's first row, page size and first active sort column (its {@code field}, which
 * must be a sort key the boundary knows), plus the search text and the filter this model holds. The
 * row key is the record's id, so a row action finds its row on the page shown.
 *
 * <p>The search box and the filter select bind to {@link #getSearch() search} and {@link
 * #getFilter() filter}; they are processed by the table's {@code filter} request, which also starts
 * again at the first page.
 *
 * @param <T> the row record
 * @param <F> the boundary's filter argument, e.g. a region id
 */
public class BoundaryLazyModel<T, F> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** A boundary's page method, e.g. {@code hallService::page}. */
  @FunctionalInterface
  public interface Pager<T, F> extends Serializable {
    Page<T> page(PageRequest request, F filter);
  }

  /** The id of a row, e.g. {@code HallRow::id}. */
  @FunctionalInterface
  public interface RowId<T> extends Serializable {
    Object of(T row);
  }

  private final Pager<T, F> pager;
  private final RowId<T> rowId;
  private String search;
  private F filter;

  public BoundaryLazyModel(Pager<T, F> pager, RowId<T> rowId) {
    this.pager = Objects.requireNonNull(pager);
    this.rowId = Objects.requireNonNull(rowId);
  }

  /** The total for the current search and filter; the table asks before paging beyond the first. */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(pager.page(new PageRequest(0, 1, null, true, search), filter).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Optional<SortMeta> sort =
        sortBy.values().stream().filter(SortMeta::isActive).sorted().findFirst();
    PageRequest request =
        new PageRequest(
            first,
            pageSize,
            sort.map(SortMeta::getField).orElse(null),
            sort.map(meta -> meta.getOrder() != SortOrder.DESCENDING).orElse(true),
            search);
    Page<T> page = pager.page(request, filter);
    // The page carries its total: setting it here spares the table a second count query.
    setRowCount(Math.toIntExact(page.total()));
    return page.rows();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(rowId.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public F getFilter() {
    return filter;
  }

  public void setFilter(F filter) {
    this.filter = filter;
  }
}
