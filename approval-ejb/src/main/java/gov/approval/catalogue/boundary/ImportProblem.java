package gov.approval.catalogue.boundary;

import java.util.List;

/**
 * One thing wrong in an imported workbook: the sheet, the row as Excel numbers it (from 1, the
 * header being row 1), the column's header and the message (a key of the Messages bundle and its
 * arguments).
 */
public record ImportProblem(
    String sheet, int row, String column, String messageKey, List<String> arguments) {

  public ImportProblem {
    arguments = List.copyOf(arguments);
  }

  public static ImportProblem of(
      String sheet, int row, String column, String messageKey, Object... arguments) {
    return new ImportProblem(
        sheet,
        row,
        column,
        messageKey,
        java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
