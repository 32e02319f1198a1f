package gov.approval.casework.entity;

import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.documents.entity.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One material of a case, copied from the governing item version when the case was drafted (its
 * position, name, form and necessity), with the file the applicant supplied and its state. A new
 * upload replaces the file; the old one stays stored and on the timeline.
 */
@Entity
@Table(name = "case_material")
public class CaseMaterial {

  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private ApprovalCase approvalCase;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false, length = 128)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private MaterialForm form;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private MaterialNecessity necessity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MaterialState state;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "file_id")
  private StoredFile file;

  @Column(name = "correction_reason", length = REASON_LENGTH)
  private String correctionReason;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected CaseMaterial() {}

  CaseMaterial(ApprovalCase approvalCase, int position, ItemMaterial material) {
    this.approvalCase = approvalCase;
    this.position = position;
    this.name = material.getName();
    this.form = material.getForm();
    this.necessity = material.getNecessity();
    this.state = MaterialState.MISSING;
  }

  void supply(StoredFile newFile, Instant now) {
    this.file = newFile;
    this.state = MaterialState.SUPPLIED;
    this.correctionReason = null;
    this.updatedAt = now;
  }

  void markToCorrect(String reason, Instant now) {
    this.state = MaterialState.TO_CORRECT;
    this.correctionReason = reason;
    this.updatedAt = now;
  }

  void defer(Instant now) {
    this.state = MaterialState.DEFERRED;
    this.updatedAt = now;
  }

  /** Whether a usable file is there (supplied and not asked to be corrected). */
  public boolean isPresent() {
    return state == MaterialState.SUPPLIED;
  }

  /** Mandatory now: needed for acceptance unless deferrable under 容缺. */
  public boolean isMandatory() {
    return necessity == MaterialNecessity.MANDATORY;
  }

  public boolean isDeferrable() {
    return necessity == MaterialNecessity.DEFERRABLE;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public ApprovalCase getApprovalCase() {
    return approvalCase;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public MaterialForm getForm() {
    return form;
  }

  public MaterialNecessity getNecessity() {
    return necessity;
  }

  public MaterialState getState() {
    return state;
  }

  public StoredFile getFile() {
    return file;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
