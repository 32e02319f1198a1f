package gov.approval.catalogue.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an item type as its national two-digit code, so the column reads the same as the national
 * exchange tables and survives a renamed constant.
 */
@Converter
public class ItemTypeConverter implements AttributeConverter<ItemType, String> {

  @Override
  public String convertToDatabaseColumn(ItemType type) {
    return type == null ? null : type.code();
  }

  @Override
  public ItemType convertToEntityAttribute(String code) {
    return code == null
        ? null
        : ItemType.fromCode(code)
            .orElseThrow(() -> new IllegalStateException("unknown item type code " + code));
  }
}
