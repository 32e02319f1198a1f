package gov.approval.web.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page links of a public list whose state lives in the address: each link repeats the current
 * parameters with another page number, so every page of every filtered list is bookmarkable and
 * works without JavaScript. Shows the first, the last and a few pages around the current one.
 */
public final class Pager {

  private static final int AROUND = 2;

  /** One link: the page number, its address, and whether it is the page shown. */
  public record Link(int number, String href, boolean current) {}

  private final String path;
  private final Map<String, String> parameters;
  private final int page;
  private final int pages;

  /**
   * {@code path} is the page's address without parameters, {@code parameters} the current ones
   * without the page number (null values are left out).
   */
  public Pager(String path, Map<String, String> parameters, int page, long total, int size) {
    this.path = path;
    this.parameters = new LinkedHashMap<>();
    parameters.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            this.parameters.put(name, value);
          }
        });
    this.pages = (int) Math.max(1, (total + size - 1) / size);
    this.page = Math.min(Math.max(1, page), pages);
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    return pages;
  }

  public boolean isPaged() {
    return pages > 1;
  }

  public String getPrevious() {
    return page > 1 ? href(page - 1) : null;
  }

  public String getNext() {
    return page < pages ? href(page + 1) : null;
  }

  /** The numbered links: 1, the pages around the current one, the last; gaps hold number 0. */
  public List<Link> getLinks() {
    List<Link> links = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= pages; n++) {
      if (n == 1 || n == pages || Math.abs(n - page) <= AROUND) {
        if (n - last > 1) {
          links.add(new Link(0, null, false));
        }
        links.add(new Link(n, href(n), n == page));
        last = n;
      }
    }
    return links;
  }

  /** The address of page {@code number} with the current parameters. */
  public String href(int number) {
    Map<String, String> all = new LinkedHashMap<>(parameters);
    if (number > 1) {
      all.put("page", String.valueOf(number));
    }
    if (all.isEmpty()) {
      return path;
    }
    return path
        + "?"
        + all.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }
}
