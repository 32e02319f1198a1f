package gov.approval.catalogue.entity;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small set of enum constants in one column ("WINDOW,POST"): a version's service objects and
 * delivery modes are a few words, read with the version and never queried one by one, so a join
 * table would cost a statement per version for nothing. The converters using it implement {@code
 * AttributeConverter<Set<X>, String>} themselves: EclipseLink does not see through a generic base
 * converter and would then skip the conversion.
 */
final class EnumSetColumn {

  private EnumSetColumn() {}

  static <E extends Enum<E>> String write(Set<E> values) {
    return values == null
        ? ""
        : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  static <E extends Enum<E>> Set<E> read(String column, Class<E> type) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::strip)
          .map(name -> Enum.valueOf(type, name))
          .forEach(values::add);
    }
    return Collections.unmodifiableSet(values);
  }
}
