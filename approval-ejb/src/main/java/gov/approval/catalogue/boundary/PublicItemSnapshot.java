package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.SearchTerms;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The listed items of one generation of the published catalogue, indexed in memory the way the
 * database indexes them: a bit set of the items per filter value, the items per search term (the
 * same bigrams as the term table, {@link SearchTerms}) and per name character (for one-character
 * searches), and each sort's order computed once. A page intersects the sets of the request's
 * filters and terms, counts the result and walks the sort's order up to the page: no statement and
 * no scan of the items, whatever the catalogue's size. Immutable, so any number of requests read it
 * at once.
 */
public final class PublicItemSnapshot {

  /** One listed item as the loader reads it. */
  record Entry(
      long id,
      PublicItemRow row,
      boolean forIndividuals,
      boolean forEnterprises,
      Instant updatedAt,
      Set<String> lists,
      Set<String> terms) {}

  /**
   * The sort keys of the public list (those the database query sorted by), each with its column's
   * order; the fallback is the implementation code.
   */
  private static final Map<String, Comparator<Entry>> SORTS =
      Map.of(
          "code", Comparator.comparing(e -> e.row().implementationCode()),
          "name", Comparator.comparing(e -> e.row().name()),
          // The database stores the type as its two-digit national code, the levels by name.
          "type", Comparator.comparing(e -> e.row().type().code()),
          "department", Comparator.comparing(e -> e.row().departmentCode()),
          "level", Comparator.comparing(e -> e.row().regionLevel().name()),
          "online", Comparator.comparing(e -> e.row().onlineLevel().name()),
          "updated", Comparator.comparing(Entry::updatedAt));

  private static final String FALLBACK_SORT = "code";

  private final long generation;
  private final long loadedAt;
  private final PublicItemRow[] rows;
  private final String[] lowerNames;
  private final Map<String, BitSet> departments;
  private final Map<ItemType, BitSet> types = new EnumMap<>(ItemType.class);
  private final Map<OnlineLevel, BitSet> onlineLevels = new EnumMap<>(OnlineLevel.class);
  private final Map<RegionLevel, BitSet> regionLevels = new EnumMap<>(RegionLevel.class);
  private final BitSet individuals;
  private final BitSet enterprises;
  private final Map<String, BitSet> lists;
  private final Map<String, int[]> terms;
  private final Map<Integer, int[]> characters;
  private final Map<String, int[]> ascending = new HashMap<>();
  private final Map<String, int[]> descending = new HashMap<>();

  /**
   * Indexes {@code entries}, read under catalogue {@code generation} (see {@link
   * gov.approval.catalogue.control.PublishedCatalogueCache#generation()}) at {@code loadedAt}
   * (System.nanoTime()).
   */
  PublicItemSnapshot(long generation, long loadedAt, List<Entry> entries) {
    this.generation = generation;
    this.loadedAt = loadedAt;
    // Positions follow the ids, so that every tie in a sort keeps the database's id order.
    List<Entry> byId = new ArrayList<>(entries);
    byId.sort(Comparator.comparingLong(Entry::id));
    int size = byId.size();
    rows = new PublicItemRow[size];
    lowerNames = new String[size];
    departments = new HashMap<>();
    individuals = new BitSet(size);
    enterprises = new BitSet(size);
    lists = new HashMap<>();
    Map<String, List<Integer>> termItems = new HashMap<>();
    Map<Integer, List<Integer>> characterItems = new HashMap<>();
    for (int p = 0; p < size; p++) {
      Entry entry = byId.get(p);
      PublicItemRow row = entry.row();
      rows[p] = row;
      lowerNames[p] = row.name().toLowerCase(Locale.ROOT);
      set(departments, row.departmentCode(), p);
      set(types, row.type(), p);
      set(onlineLevels, row.onlineLevel(), p);
      set(regionLevels, row.regionLevel(), p);
      individuals.set(p, entry.forIndividuals());
      enterprises.set(p, entry.forEnterprises());
      for (String list : entry.lists()) {
        set(lists, list, p);
      }
      for (String term : entry.terms()) {
        termItems.computeIfAbsent(term, t -> new ArrayList<>()).add(p);
      }
      int position = p;
      lowerNames[p]
          .codePoints()
          .distinct()
          .forEach(c -> characterItems.computeIfAbsent(c, k -> new ArrayList<>()).add(position));
    }
    terms = postings(termItems);
    characters = postings(characterItems);
    SORTS.forEach(
        (key, order) -> {
          ascending.put(key, order(byId, order));
          descending.put(key, order(byId, order.reversed()));
        });
  }

  long generation() {
    return generation;
  }

  long loadedAt() {
    return loadedAt;
  }

  /**
   * The page of {@code request} among the items that pass {@code filter} and hold the request's
   * search text as the database query found them: every bigram of the text in the item's terms (its
   * name and keywords), or, for a text without a bigram (one character), the text in its name.
   */
  Page<PublicItemRow> page(PageRequest request, PublicItemFilter filter) {
    BitSet match = new BitSet(rows.length);
    match.set(0, rows.length);
    restrict(match, departments, filter.departmentCode());
    restrict(match, types, filter.type());
    restrict(match, onlineLevels, filter.onlineLevel());
    restrict(match, regionLevels, filter.regionLevel());
    restrict(match, lists, filter.listCode());
    if (filter.theme() == ServiceObject.INDIVIDUAL) {
      match.and(individuals);
    } else if (filter.theme() == ServiceObject.ENTERPRISE) {
      match.and(enterprises);
    }
    search(match, request.search());
    int total = match.cardinality();
    String sort =
        request.sort() != null && SORTS.containsKey(request.sort())
            ? request.sort()
            : FALLBACK_SORT;
    int[] order = (request.ascending() ? ascending : descending).get(sort);
    List<PublicItemRow> page = new ArrayList<>(Math.min(request.size(), total));
    int skipped = 0;
    for (int i = 0; i < order.length && page.size() < request.size(); i++) {
      if (match.get(order[i]) && skipped++ >= request.first()) {
        page.add(rows[order[i]]);
      }
    }
    return new Page<>(page, total);
  }

  private void search(BitSet match, String search) {
    if (search == null) {
      return;
    }
    Set<String> wanted = SearchTerms.ofQuery(search);
    if (!wanted.isEmpty()) {
      for (String term : wanted) {
        match.and(bits(terms.get(term)));
      }
      return;
    }
    String needle = search.toLowerCase(Locale.ROOT);
    if (needle.codePointCount(0, needle.length()) == 1) {
      match.and(bits(characters.get(needle.codePointAt(0))));
      return;
    }
    // Several characters but no bigram ("a b"): only what the characters' sets leave is compared.
    needle.codePoints().forEach(c -> match.and(bits(characters.get(c))));
    match.stream().filter(p -> !lowerNames[p].contains(needle)).forEach(match::clear);
  }

  /** Keeps the items of {@code key} in {@code index}; none when no item has it; all for null. */
  private static <K> void restrict(BitSet match, Map<K, BitSet> index, K key) {
    if (key != null) {
      BitSet items = index.get(key);
      if (items == null) {
        match.clear();
      } else {
        match.and(items);
      }
    }
  }

  private BitSet bits(int[] positions) {
    BitSet bits = new BitSet(rows.length);
    if (positions != null) {
      for (int p : positions) {
        bits.set(p);
      }
    }
    return bits;
  }

  private static <K> void set(Map<K, BitSet> index, K key, int position) {
    index.computeIfAbsent(key, k -> new BitSet()).set(position);
  }

  private static <K> Map<K, int[]> postings(Map<K, List<Integer>> items) {
    Map<K, int[]> postings = new HashMap<>(items.size() * 2);
    items.forEach((key, list) -> postings.put(key, list.stream().mapToInt(i -> i).toArray()));
    return postings;
  }

  /** The positions in {@code order}, ties by id (the position itself). */
  private static int[] order(List<Entry> byId, Comparator<Entry> order) {
    Function<Integer, Entry> entry = byId::get;
    return IntStream.range(0, byId.size())
        .boxed()
        .sorted(Comparator.comparing(entry, order).thenComparing(Comparator.naturalOrder()))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
