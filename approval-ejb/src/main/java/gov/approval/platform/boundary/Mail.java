package gov.approval.platform.boundary;

import java.util.Objects;

/** One plain-text message to one recipient. */
public record Mail(String to, String subject, String body) {

  public Mail {
    Objects.requireNonNull(to);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
  }
}
