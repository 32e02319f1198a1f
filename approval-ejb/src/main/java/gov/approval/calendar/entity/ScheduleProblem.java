package gov.approval.calendar.entity;

import java.io.Serializable;
import java.util.List;

/** What is wrong with one line of an imported holiday schedule, as a message key and arguments. */
public record ScheduleProblem(int line, String messageKey, List<Object> arguments)
    implements Serializable {

  public ScheduleProblem {
    arguments = List.copyOf(arguments);
  }

  static ScheduleProblem of(int line, String messageKey, Object... arguments) {
    return new ScheduleProblem(line, messageKey, List.of(arguments));
  }
}
