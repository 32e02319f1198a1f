package gov.approval.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A row of the search index ({@link ServiceItem#getSearchTerms()}) read on its own, so a search
 * asks the index table alone: through the item's element collection the query joins every item, and
 * PostgreSQL then scans the whole item table per search. Written only through the item, hence
 * read-only and without a version of its own.
 */
@Entity
@ReadOnly
@Table(name = "service_item_term")
@IdClass(ItemSearchTerm.Key.class)
public class ItemSearchTerm {

  @Id
  @Column(name = "item_id")
  private Long itemId;

  @Id
  @Column(name = "term")
  private String term;

  protected ItemSearchTerm() {}

  /**
   * A JPQL condition that {@code itemId} (a path such as {@code i.id}) names an item holding every
   * one of the {@code termCount} terms bound to {@code :terms}.
   */
  public static String matchesAll(String itemId, int termCount) {
    // The count is a number computed by the caller, never user text.
    return itemId
        + " IN (SELECT t.itemId FROM ItemSearchTerm t WHERE t.term IN :terms"
        + " GROUP BY t.itemId HAVING COUNT(t.term) = "
        + termCount
        + ")";
  }

  public Long getItemId() {
    return itemId;
  }

  public String getTerm() {
    return term;
  }

  /** The composite key: item and term. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long itemId;
    private String term;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(itemId, key.itemId)
          && Objects.equals(term, key.term);
    }

    @Override
    public int hashCode() {
      return Objects.hash(itemId, term);
    }
  }
}
