package gov.approval.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One material an applicant hands in (申请材料). A case refers to it by its version and position:
 * published versions never change, so that pair stays valid for as long as the case lives. Name and
 * form of required materials are checked by {@link CatalogueRules}, not here, so that a draft can
 * be saved half filled in.
 */
@Embeddable
public class ItemMaterial {

  public static final int NAME_LENGTH = 128;
  public static final int SOURCE_LENGTH = 64;
  public static final int NOTES_LENGTH = 500;
  public static final int MAX_COPIES = 99;

  @Size(max = NAME_LENGTH)
  @Column(name = "name", length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "material_form", length = 16)
  private MaterialForm form;

  @Min(0)
  @Max(MAX_COPIES)
  @Column(name = "copies", nullable = false)
  private int copies;

  @NotNull(message = "{catalogue.material.necessity.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "necessity", nullable = false, length = 16)
  private MaterialNecessity necessity;

  @Size(max = SOURCE_LENGTH)
  @Column(name = "source", length = SOURCE_LENGTH)
  private String source;

  @Size(max = NOTES_LENGTH)
  @Column(name = "notes", length = NOTES_LENGTH)
  private String notes;

  protected ItemMaterial() {}

  public ItemMaterial(
      String name,
      MaterialForm form,
      int copies,
      MaterialNecessity necessity,
      String source,
      String notes) {
    this.name = name;
    this.form = form;
    this.copies = copies;
    this.necessity = necessity;
    this.source = source;
    this.notes = notes;
  }

  public String getName() {
    return name;
  }

  public MaterialForm getForm() {
    return form;
  }

  public int getCopies() {
    return copies;
  }

  public MaterialNecessity getNecessity() {
    return necessity;
  }

  public String getSource() {
    return source;
  }

  public String getNotes() {
    return notes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemMaterial other
        && copies == other.copies
        && Objects.equals(name, other.name)
        && form == other.form
        && necessity == other.necessity
        && Objects.equals(source, other.source)
        && Objects.equals(notes, other.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, form, copies, necessity, source, notes);
  }
}
