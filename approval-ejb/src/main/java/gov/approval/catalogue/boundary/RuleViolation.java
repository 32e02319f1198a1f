package gov.approval.catalogue.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One broken catalogue rule: the message key in the Messages bundles, its arguments, and the field
 * of the item version it concerns (a property path such as {@code materials[2].form}), so the
 * editor can mark the field and every channel can word the message in the user's language.
 */
public record RuleViolation(String field, String messageKey, List<Object> arguments)
    implements Serializable {

  public RuleViolation {
    Objects.requireNonNull(field);
    Objects.requireNonNull(messageKey);
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  public static RuleViolation of(String field, String messageKey, Object... arguments) {
    return new RuleViolation(field, messageKey, List.of(arguments));
  }
}
