package gov.approval.catalogue.entity;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The search terms of an item: every pair of adjacent characters (bigram) of its name and keywords,
 * lower-cased. Chinese has no spaces to split words at, and LIKE '%…%' cannot use an index on any
 * database, so a search for 经营许可 looks up the items holding all of 经营, 营许 and 许可 in an indexed
 * table, then confirms the whole text with LIKE on those few rows. The same SQL runs on H2 and
 * PostgreSQL, with no vendor full-text feature.
 */
public final class SearchTerms {

  /** Characters per term: the length of the shortest search that the term table can answer. */
  public static final int TERM_LENGTH = 2;

  /** The column's length: a term of two characters outside the BMP takes four UTF-16 units. */
  public static final int COLUMN_LENGTH = 8;

  private SearchTerms() {}

  /** The bigrams of all texts, in order of appearance; whitespace separates, it is never a term. */
  public static Set<String> of(String... texts) {
    Set<String> terms = new LinkedHashSet<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      for (String word : text.toLowerCase(Locale.ROOT).split("[\\s,，、;；]+")) {
        int[] chars = word.codePoints().toArray();
        for (int i = 0; i + TERM_LENGTH <= chars.length; i++) {
          terms.add(new String(chars, i, TERM_LENGTH));
        }
      }
    }
    return terms;
  }

  /**
   * The terms a search text needs every match to hold; empty when the text is too short for the
   * term table (one character), so the caller falls back to LIKE alone.
   */
  public static Set<String> ofQuery(String text) {
    return text == null ? Set.of() : of(text.strip());
  }
}
