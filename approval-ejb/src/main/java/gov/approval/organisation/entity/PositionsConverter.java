package gov.approval.organisation.entity;

import gov.approval.identity.entity.Position;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a staff member's positions in one column ("CLERK,REVIEWER"): a list of staff then needs no
 * second query per row, and a position is found with LIKE.
 */
@Converter
public class PositionsConverter implements AttributeConverter<Set<Position>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Position> positions) {
    return positions == null
        ? ""
        : positions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<Position> convertToEntityAttribute(String column) {
    Set<Position> positions = EnumSet.noneOf(Position.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::strip)
          .map(Position::valueOf)
          .forEach(positions::add);
    }
    return positions;
  }
}
