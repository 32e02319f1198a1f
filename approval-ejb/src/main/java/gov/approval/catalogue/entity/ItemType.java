package gov.approval.catalogue.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The national item types (事项类型) with their two-digit codes from the national dictionary. The code
 * is what the database stores and what the basic code starts with; provinces whose dictionaries
 * differ are mapped onto these codes on import.
 */
public enum ItemType {
  /** 行政许可 */
  LICENSING("01"),
  /** 行政处罚 */
  PENALTY("02"),
  /** 行政强制 */
  COERCION("03"),
  /** 行政征收 */
  LEVY("04"),
  /** 行政给付 */
  BENEFIT("05"),
  /** 行政检查 */
  INSPECTION("06"),
  /** 行政确认 */
  CONFIRMATION("07"),
  /** 行政奖励 */
  REWARD("08"),
  /** 行政裁决 */
  ADJUDICATION("09"),
  /** 其他行政权力 */
  OTHER_POWER("10"),
  /** 公共服务 */
  PUBLIC_SERVICE("20");

  private final String code;

  ItemType(String code) {
    this.code = code;
  }

  /** The two-digit national code. */
  public String code() {
    return code;
  }

  /** The key of the type's label in the Messages bundles, e.g. {@code ItemType.LICENSING}. */
  public String labelKey() {
    return "ItemType." + name();
  }

  public static Optional<ItemType> fromCode(String code) {
    return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
  }
}
