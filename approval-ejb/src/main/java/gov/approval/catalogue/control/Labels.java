package gov.approval.catalogue.control;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Chinese words an enum's values are written as in the workbook, read back from the word or,
 * for files made by hand or by other tools, from the value's name or extra aliases (a type's code).
 */
final class Labels<E extends Enum<E>> {

  private final Map<E, String> labels;
  private final Map<String, E> parse = new LinkedHashMap<>();

  private Labels(Class<E> type, Map<E, String> labels) {
    this.labels = new EnumMap<>(labels);
    for (E value : type.getEnumConstants()) {
      parse.put(value.name().toLowerCase(Locale.ROOT), value);
    }
    labels.forEach((value, label) -> parse.put(label.toLowerCase(Locale.ROOT), value));
  }

  static <E extends Enum<E>> Labels<E> of(Class<E> type, Map<E, String> labels) {
    return new Labels<>(type, labels);
  }

  Labels<E> alias(String alias, E value) {
    parse.put(alias.toLowerCase(Locale.ROOT), value);
    return this;
  }

  String label(E value) {
    return value == null ? null : labels.getOrDefault(value, value.name());
  }

  Optional<E> parse(String text) {
    return text == null
        ? Optional.empty()
        : Optional.ofNullable(parse.get(text.strip().toLowerCase(Locale.ROOT)));
  }

  /** The words users may write, for the message of a value not understood. */
  String choices() {
    return labels.values().stream().collect(Collectors.joining("、"));
  }
}
