package gov.approval.web.bench;

import gov.approval.bench.BenchmarkCatalogue;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Hides the baseline pages under {@code /bench/} unless benchmark mode is on. */
@WebFilter("/bench/*")
public class BenchmarkModeFilter extends HttpFilter {

  @EJB BenchmarkCatalogue benchmark;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!benchmark.isEnabled()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
