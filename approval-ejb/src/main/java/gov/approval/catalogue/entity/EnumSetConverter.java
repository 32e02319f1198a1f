package gov.approval.catalogue.entity;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a small set of enum constants in one column ("WINDOW,POST"): a version's service objects
 * and delivery modes are a few words, read with the version, never queried one by one, so a join
 * table would cost a statement per version for nothing.
 */
abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

  private final Class<E> type;

  EnumSetConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(Set<E> values) {
    return values == null
        ? ""
        : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<E> convertToEntityAttribute(String column) {
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
