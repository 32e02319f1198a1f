package gov.approval.supervision.boundary;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Versions;
import gov.approval.supervision.control.SupervisionScan;
import gov.approval.supervision.control.SupervisionSettings;
import gov.approval.supervision.entity.CaseWarning;
import gov.approval.supervision.entity.Thresholds;
import gov.approval.supervision.entity.WarningThreshold;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Warnings (预警): their thresholds per item type or item over the configured defaults, a case's
 * warnings with their history, and the scan run now as of any day (administrators, and tests that
 * move time without waiting).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISE, Roles.ORG_MANAGE})
public class WarningService {

  @PersistenceContext EntityManager em;

  @Inject SupervisionScan scan;

  @Inject SupervisionSettings settings;

  @Inject ActingStaff staff;

  @Resource SessionContext session;

  public Thresholds defaults() {
    return settings.defaultThresholds();
  }

  public List<ThresholdRow> thresholds() {
    return em.createNamedQuery("WarningThreshold.list", WarningThreshold.class)
        .getResultStream()
        .map(WarningService::row)
        .toList();
  }

  /** Adds or changes the thresholds of an item type or of an item (by implementation code). */
  public ThresholdRow saveThreshold(@NotNull @Valid ThresholdForm form, Long id, long version) {
    Thresholds values = new Thresholds(form.yellowSharePercent(), form.yellowDaysLeft());
    WarningThreshold t;
    if (id != null) {
      t = em.find(WarningThreshold.class, id);
      if (t == null) {
        throw new NotFoundException("WarningThreshold", id);
      }
      Versions.check(t.getVersion(), version);
      t.change(values);
    } else {
      boolean byItem = form.itemCode() != null && !form.itemCode().isBlank();
      if (byItem == (form.itemType() != null)) {
        throw new BusinessException("supervision.threshold.typeOrItem");
      }
      ServiceItem item = byItem ? item(form.itemCode().strip()) : null;
      boolean exists =
          !(byItem
                  ? em.createQuery(
                          "SELECT t.id FROM WarningThreshold t WHERE t.item = :item", Long.class)
                      .setParameter("item", item)
                  : em.createQuery(
                          "SELECT t.id FROM WarningThreshold t WHERE t.itemType = :type",
                          Long.class)
                      .setParameter("type", form.itemType()))
              .getResultList()
              .isEmpty();
      if (exists) {
        throw new BusinessException("supervision.threshold.exists");
      }
      t = new WarningThreshold(byItem ? null : form.itemType(), item, values);
      em.persist(t);
    }
    em.flush();
    return row(t);
  }

  public void removeThreshold(long id, long version) {
    WarningThreshold t = em.find(WarningThreshold.class, id);
    if (t == null) {
      throw new NotFoundException("WarningThreshold", id);
    }
    Versions.check(t.getVersion(), version);
    em.remove(t);
  }

  /** A case's warnings, active and past, newest first. */
  public List<WarningRow> ofCase(long caseId) {
    return em.createQuery(
            "SELECT w FROM CaseWarning w JOIN FETCH w.approvalCase WHERE w.approvalCase.id = :case"
                + " ORDER BY w.raisedAt DESC, w.id DESC",
            CaseWarning.class)
        .setParameter("case", caseId)
        .getResultStream()
        .map(WarningRow::of)
        .toList();
  }

  /**
   * A case's warnings for its page: its own department's staff, and supervisors and the hall
   * office, who read every department's cases. Anyone else finds no such case.
   */
  @RolesAllowed({Roles.CASE_VIEW, Roles.SUPERVISE, Roles.ORG_MANAGE})
  public List<WarningRow> forCasePage(long caseId) {
    ApprovalCase c = em.find(ApprovalCase.class, caseId);
    if (c == null
        || !(session.isCallerInRole(Roles.SUPERVISE)
            || session.isCallerInRole(Roles.ORG_MANAGE)
            || staff
                .find()
                .map(me -> me.getDepartment().isSameAs(c.getDepartment()))
                .orElse(false))) {
      throw new NotFoundException("ApprovalCase", caseId);
    }
    return ofCase(caseId);
  }

  /** Runs the supervision scan now, as of {@code day}. */
  @RolesAllowed(Roles.JOB_MANAGE)
  public ScanRun scanAsOf(@NotNull LocalDate day) {
    return scan.runAsOf(day);
  }

  private ServiceItem item(String code) {
    return em.createQuery(
            "SELECT i FROM ServiceItem i WHERE i.implementationCode = :code", ServiceItem.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("supervision.threshold.unknownItem", code));
  }

  private static ThresholdRow row(WarningThreshold t) {
    ServiceItem i = t.getItem();
    Thresholds v = t.thresholds();
    return new ThresholdRow(
        t.getId(),
        t.getVersion(),
        t.getItemType(),
        i == null ? null : i.getImplementationCode(),
        i == null ? null : i.getName(),
        v.yellowSharePercent(),
        v.yellowDaysLeft());
  }
}
