package gov.approval.web.api;

import gov.approval.platform.boundary.PageRequest;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code page} (from 1) and {@code size} (1–100) of the citizen's lists, or answers 400. */
record Paging(int page, int size) {

  static final int MAX_SIZE = 100;

  static Paging of(String page, String size) {
    List<Problem.InvalidParameter> problems = new ArrayList<>();
    int p = number("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE, problems);
    int s = number("size", size, 20, 1, MAX_SIZE, problems);
    if (!problems.isEmpty()) {
      throw Problem.of(Response.Status.BAD_REQUEST, "api.problem.badParameters")
          .with(problems)
          .asException();
    }
    return new Paging(p, s);
  }

  PageRequest request() {
    return PageRequest.of((page - 1) * size, size);
  }

  private static int number(
      String name,
      String value,
      int fallback,
      int min,
      int max,
      List<Problem.InvalidParameter> problems) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new Problem.InvalidParameter(
            name, value, Problem.text("api.problem.range", name, value, min + "–" + max)));
    return fallback;
  }
}
