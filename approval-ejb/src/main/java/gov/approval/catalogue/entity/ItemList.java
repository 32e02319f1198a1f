package gov.approval.catalogue.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A published list (清单) items stand on: approval items, powers, responsibilities, public services,
 * online services. List types are data, seeded by the migration, so a province that adds a list
 * needs no code. Lists are the same at every level; an item's region level decides whether it
 * appears on the city's or the counties' lists.
 */
@Entity
@EntityListeners(PublicDataListener.class)
@Table(name = "item_list")
@Cacheable
@NamedQuery(
    name = "ItemList.findAllOrdered",
    query = "SELECT l FROM ItemList l ORDER BY l.sortOrder, l.id")
public class ItemList {

  public static final int CODE_LENGTH = 32;
  public static final String CODE_PATTERN = "[A-Z][A-Z_]{1,31}";
  public static final int NAME_LENGTH = 64;

  /** The codes of the seeded lists. */
  public static final String APPROVAL = "APPROVAL";

  public static final String POWER = "POWER";
  public static final String RESPONSIBILITY = "RESPONSIBILITY";
  public static final String PUBLIC_SERVICE = "PUBLIC_SERVICE";
  public static final String ONLINE_SERVICE = "ONLINE_SERVICE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Pattern(regexp = CODE_PATTERN, message = "{catalogue.list.code.pattern}")
  @Column(nullable = false, unique = true, length = CODE_LENGTH)
  private String code;

  @NotBlank(message = "{catalogue.list.name.required}")
  @Size(max = NAME_LENGTH)
  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @NotBlank(message = "{catalogue.list.name.required}")
  @Size(max = NAME_LENGTH)
  @Column(name = "english_name", nullable = false, length = NAME_LENGTH)
  private String englishName;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  protected ItemList() {}

  public ItemList(String code, String name, String englishName, int sortOrder) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.englishName = Objects.requireNonNull(englishName);
    this.sortOrder = sortOrder;
  }

  public void rename(String name, String englishName) {
    this.name = Objects.requireNonNull(name);
    this.englishName = Objects.requireNonNull(englishName);
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getEnglishName() {
    return englishName;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }
}
