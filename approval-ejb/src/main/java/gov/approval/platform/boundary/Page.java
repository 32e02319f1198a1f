package gov.approval.platform.boundary;

import java.util.List;

/** One page of a list and the size of the whole list, as lazy tables and the API need them. */
public record Page<T>(List<T> rows, long total) {

  public Page {
    rows = List.copyOf(rows);
  }
}
