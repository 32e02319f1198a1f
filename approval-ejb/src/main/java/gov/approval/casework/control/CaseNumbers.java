package gov.approval.casework.control;

import gov.approval.casework.entity.CaseNumber;
import gov.approval.casework.entity.CaseNumberCounter;
import gov.approval.organisation.entity.Department;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;

/**
 * Hands out case numbers ({@link CaseNumber}): the day's counter row of the region is locked for
 * the rest of the submitting transaction, so two submissions never get one number, and a rolled
 * back submission gives its number back.
 */
@Stateless
public class CaseNumbers {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  public String next(Department department, LocalDate day) {
    String prefix = CaseNumber.prefix(department.getRegion().getCode(), day);
    CaseNumberCounter counter =
        em.find(CaseNumberCounter.class, prefix, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      context.getBusinessObject(CaseNumbers.class).createCounter(prefix);
      counter = em.find(CaseNumberCounter.class, prefix, LockModeType.PESSIMISTIC_WRITE);
    }
    return CaseNumber.format(prefix, counter.next());
  }

  /**
   * Creates the day's counter in its own transaction; when a parallel submission created it first,
   * the unique key refuses this one and the caller simply locks theirs.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createCounter(String prefix) {
    try {
      if (em.find(CaseNumberCounter.class, prefix) == null) {
        em.persist(new CaseNumberCounter(prefix));
        em.flush();
      }
    } catch (PersistenceException raced) {
      context.setRollbackOnly();
    }
  }
}
