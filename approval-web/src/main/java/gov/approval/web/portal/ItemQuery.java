package gov.approval.web.portal;

import gov.approval.catalogue.boundary.PublicItemFilter;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.PageRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The browse parameters of the public catalogue as they stand in an address ({@code q}, {@code
 * dept}, {@code theme}, {@code level}, {@code online}, {@code type}, {@code list}, {@code page},
 * {@code size}, {@code sort}), read once for the browse page and the read API alike. Every value is
 * checked; a bad one becomes a {@link Problem} naming the parameter, which the page shows as a
 * message (and ignores the value) and the API answers with 400.
 */
public record ItemQuery(
    PublicItemFilter filter, String search, int page, int size, String sort, boolean ascending) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_SEARCH_LENGTH = 64;

  /** The sort keys the public list knows; a leading '-' sorts descending. */
  public static final Set<String> SORTS =
      Set.of("code", "name", "type", "department", "level", "online", "updated");

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{2,32}");

  /** A parameter whose value cannot be used: its name, its value and the message key saying why. */
  public record Problem(String parameter, String value, String messageKey, String allowed) {}

  /** The query read from the parameters, and the problems of the values that were left out. */
  public record Parsed(ItemQuery query, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** The page request for the boundary: this query's page (counted from 1) and sort. */
  public PageRequest pageRequest() {
    return new PageRequest((page - 1) * size, size, sort, ascending, search);
  }

  /** Reads the query from {@code parameter} (a parameter's value by name, null when absent). */
  public static Parsed parse(Function<String, String> parameter) {
    List<Problem> problems = new ArrayList<>();
    String search = trimmed(parameter.apply("q"));
    if (search != null && search.codePointCount(0, search.length()) > MAX_SEARCH_LENGTH) {
      problems.add(
          new Problem("q", search, "api.problem.tooLong", String.valueOf(MAX_SEARCH_LENGTH)));
      search = null;
    }
    String dept = code(parameter, "dept", problems);
    String list = code(parameter, "list", problems);
    ServiceObject theme = choice(parameter, "theme", ServiceObject.class, problems);
    RegionLevel level = choice(parameter, "level", RegionLevel.class, problems);
    OnlineLevel online = choice(parameter, "online", OnlineLevel.class, problems);
    ItemType type = type(parameter, problems);
    int page = number(parameter, "page", 1, 1, Integer.MAX_VALUE / MAX_SIZE, problems);
    int size = number(parameter, "size", DEFAULT_SIZE, 1, MAX_SIZE, problems);
    String sort = trimmed(parameter.apply("sort"));
    boolean ascending = true;
    if (sort != null) {
      ascending = !sort.startsWith("-");
      String key = ascending ? sort : sort.substring(1);
      if (SORTS.contains(key)) {
        sort = key;
      } else {
        problems.add(
            new Problem(
                "sort",
                sort,
                "api.problem.notAllowed",
                String.join(", ", SORTS.stream().sorted().toList())));
        sort = null;
        ascending = true;
      }
    }
    return new Parsed(
        new ItemQuery(
            new PublicItemFilter(list, dept, theme, level, online, type),
            search,
            page,
            size,
            sort,
            ascending),
        List.copyOf(problems));
  }

  private static String code(
      Function<String, String> parameter, String name, List<Problem> problems) {
    String value = trimmed(parameter.apply(name));
    if (value != null && !CODE.matcher(value).matches()) {
      problems.add(new Problem(name, value, "api.problem.badCode", null));
      return null;
    }
    return value;
  }

  private static <E extends Enum<E>> E choice(
      Function<String, String> parameter, String name, Class<E> type, List<Problem> problems) {
    String value = trimmed(parameter.apply(name));
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          new Problem(name, value, "api.problem.notAllowed", names(type.getEnumConstants())));
      return null;
    }
  }

  /** The item type by its name (LICENSING) or its two-digit national code (01). */
  private static ItemType type(Function<String, String> parameter, List<Problem> problems) {
    String value = trimmed(parameter.apply("type"));
    if (value == null) {
      return null;
    }
    return ItemType.fromCode(value)
        .or(
            () ->
                Arrays.stream(ItemType.values())
                    .filter(type -> type.name().equalsIgnoreCase(value))
                    .findFirst())
        .orElseGet(
            () -> {
              problems.add(
                  new Problem("type", value, "api.problem.notAllowed", names(ItemType.values())));
              return null;
            });
  }

  private static int number(
      Function<String, String> parameter,
      String name,
      int fallback,
      int min,
      int max,
      List<Problem> problems) {
    String value = trimmed(parameter.apply(name));
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new Problem(name, value, "api.problem.range", min + "–" + max));
    return fallback;
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
