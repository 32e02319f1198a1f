package gov.approval.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.identity.entity.Position;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one column holding a staff member's positions. */
class PositionsConverterTest {

  private final PositionsConverter converter = new PositionsConverter();

  @Test
  void everySetOfPositionsSurvivesTheRoundTrip() {
    for (Position first : Position.values()) {
      for (Position second : Position.values()) {
        Set<Position> positions = EnumSet.of(first, second);
        String column = converter.convertToDatabaseColumn(positions);
        assertThat(converter.convertToEntityAttribute(column)).as(column).isEqualTo(positions);
      }
    }
    Set<Position> all = EnumSet.allOf(Position.class);
    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(all)))
        .isEqualTo(all);
  }

  @Test
  void columnDoesNotDependOnTheOrderOfTheSet() {
    Set<Position> oneWay =
        new LinkedHashSet<>(List.of(Position.SUPERVISOR, Position.CLERK, Position.REVIEWER));
    Set<Position> otherWay =
        new LinkedHashSet<>(List.of(Position.REVIEWER, Position.SUPERVISOR, Position.CLERK));

    assertThat(converter.convertToDatabaseColumn(oneWay))
        .isEqualTo(converter.convertToDatabaseColumn(otherWay))
        .isEqualTo("CLERK,REVIEWER,SUPERVISOR");
  }

  @Test
  void readingDoesNotDependOnTheOrderInTheColumn() {
    assertThat(converter.convertToEntityAttribute("REVIEWER,CLERK"))
        .isEqualTo(converter.convertToEntityAttribute("CLERK,REVIEWER"))
        .containsExactlyInAnyOrder(Position.CLERK, Position.REVIEWER);
  }

  @Test
  void spacesAroundNamesAreIgnored() {
    assertThat(converter.convertToEntityAttribute(" CLERK , HALL_ADMIN "))
        .containsExactlyInAnyOrder(Position.CLERK, Position.HALL_ADMIN);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void emptyColumnMeansNoPositions(String column) {
    assertThat(converter.convertToEntityAttribute(column)).isEmpty();
  }

  @Test
  void noPositionsAreWrittenAsAnEmptyColumn() {
    assertThat(converter.convertToDatabaseColumn(null)).isEmpty();
    assertThat(converter.convertToDatabaseColumn(EnumSet.noneOf(Position.class))).isEmpty();
  }

  @Test
  void longestColumnFitsTheTable() {
    // StaffMember.positions is mapped with length 160.
    assertThat(converter.convertToDatabaseColumn(EnumSet.allOf(Position.class)).length())
        .isLessThanOrEqualTo(160);
  }
}
