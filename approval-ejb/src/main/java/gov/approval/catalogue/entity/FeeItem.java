package gov.approval.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One fee an item charges (收费项目): its name, standard (amount or scale), the document that sets it,
 * and whether it may be waived. Completeness is a publication rule ({@link CatalogueRules}).
 */
@Embeddable
public class FeeItem {

  public static final int NAME_LENGTH = 128;
  public static final int STANDARD_LENGTH = 256;
  public static final int BASIS_LENGTH = 256;

  @Size(max = NAME_LENGTH)
  @Column(name = "name", length = NAME_LENGTH)
  private String name;

  @Size(max = STANDARD_LENGTH)
  @Column(name = "standard", length = STANDARD_LENGTH)
  private String standard;

  @Size(max = BASIS_LENGTH)
  @Column(name = "basis", length = BASIS_LENGTH)
  private String basis;

  @Column(name = "waivable", nullable = false)
  private boolean waivable;

  protected FeeItem() {}

  public FeeItem(String name, String standard, String basis, boolean waivable) {
    this.name = name;
    this.standard = standard;
    this.basis = basis;
    this.waivable = waivable;
  }

  public String getName() {
    return name;
  }

  public String getStandard() {
    return standard;
  }

  public String getBasis() {
    return basis;
  }

  public boolean isWaivable() {
    return waivable;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeeItem other
        && waivable == other.waivable
        && Objects.equals(name, other.name)
        && Objects.equals(standard, other.standard)
        && Objects.equals(basis, other.basis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, standard, basis, waivable);
  }
}
