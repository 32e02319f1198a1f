package gov.approval.catalogue.boundary;

import java.util.List;

/**
 * A saved draft: the item's new version for the next save, and the rules the draft still breaks
 * (warnings now; they block submission).
 */
public record DraftSaved(Long itemId, long version, List<RuleViolation> warnings) {

  public DraftSaved {
    warnings = List.copyOf(warnings);
  }
}
