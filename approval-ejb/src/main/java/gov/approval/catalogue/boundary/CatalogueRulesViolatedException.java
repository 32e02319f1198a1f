package gov.approval.catalogue.boundary;

import gov.approval.platform.boundary.BusinessException;
import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/**
 * An item version breaks catalogue rules, so it cannot be submitted or published. It carries every
 * violation at once, so the editor fixes all of them in one go instead of one per attempt.
 */
@ApplicationException(rollback = true)
public class CatalogueRulesViolatedException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<RuleViolation> violations;

  public CatalogueRulesViolatedException(List<RuleViolation> violations) {
    super("catalogue.rules.violated", violations.size());
    this.violations = List.copyOf(violations);
  }

  public List<RuleViolation> getViolations() {
    return violations;
  }
}
