package gov.approval.catalogue.entity;

import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.RegionLevel;
import java.util.Objects;

/**
 * The item codes, after the national "basic directory → implementation list" coding.
 *
 * <p><b>Basic code</b> (基本编码), 10 digits, taken from the basic directory: the item type's national
 * code (2 digits, {@link ItemType#code()}), the main item number (5 digits) and the sub-item number
 * (3 digits, {@code 000} when the item has no sub-items). Example: {@code 0100101000}.
 *
 * <p><b>Implementation code</b> (实施编码), generated here, 19 to 33 characters, no separators:
 *
 * <ol>
 *   <li>the basic code (10 digits);
 *   <li>the division code of the implementing department's region (6 digits: the first six of its
 *       12-digit statistical code, i.e. the GB/T 2260 code of the city or county; Weinan 610500);
 *   <li>the level where the item is exercised (1 digit, the national level codes, of which the city
 *       uses 3 city, 4 county, 5 town, 6 village; 1 and 2 are the state and the province);
 *   <li>the implementing department's code (2 to 16 capital letters or digits, e.g. {@code FGW}).
 * </ol>
 *
 * Example: 食品经营许可 {@code 0100101000}, exercised at city level by the city's market regulator {@code
 * SCJG} → {@code 01001010006105003SCJG}. Only the last part varies in length, so two codes are
 * equal exactly when all four parts are: a basic item is implemented once per department and level,
 * and its variants are separate sub-items of the basic directory. The code changes when a reform
 * round delegates the item to another level or transfers it to another department (history keeps
 * the old one); the database's unique key refuses a duplicate.
 */
public final class ItemCodes {

  public static final int BASIC_CODE_LENGTH = 10;
  public static final String BASIC_CODE_PATTERN = "\\d{10}";
  public static final int IMPLEMENTATION_CODE_LENGTH = 33;

  private ItemCodes() {}

  public static String implementationCode(
      String basicCode, Department department, RegionLevel level) {
    Objects.requireNonNull(basicCode);
    if (!basicCode.matches(BASIC_CODE_PATTERN)) {
      throw new IllegalArgumentException("not a basic code: " + basicCode);
    }
    return basicCode
        + department.getRegion().getCode().substring(0, 6)
        + levelCode(level)
        + department.getCode();
  }

  /** The national code of the level where an item is exercised. */
  public static char levelCode(RegionLevel level) {
    return switch (level) {
      case CITY -> '3';
      case COUNTY -> '4';
      case TOWN -> '5';
      case VILLAGE -> '6';
    };
  }
}
