package gov.approval.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/**
 * The root of every expected failure. It carries a message key of the {@code Messages} bundle and
 * its arguments, so each channel renders the message in the user's language; it rolls the
 * transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String getMessageKey() {
    return messageKey;
  }

  public List<Object> getArguments() {
    return arguments;
  }
}
