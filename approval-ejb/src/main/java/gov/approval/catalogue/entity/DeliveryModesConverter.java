package gov.approval.catalogue.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;

/** A version's delivery modes in one column, e.g. "WINDOW,POST". */
@Converter
public class DeliveryModesConverter implements AttributeConverter<Set<DeliveryMode>, String> {

  @Override
  public String convertToDatabaseColumn(Set<DeliveryMode> modes) {
    return EnumSetColumn.write(modes);
  }

  @Override
  public Set<DeliveryMode> convertToEntityAttribute(String column) {
    return EnumSetColumn.read(column, DeliveryMode.class);
  }
}
