package gov.approval.catalogue.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;

/** A version's service objects in one column, e.g. "INDIVIDUAL,ENTERPRISE". */
@Converter
public class ServiceObjectsConverter implements AttributeConverter<Set<ServiceObject>, String> {

  @Override
  public String convertToDatabaseColumn(Set<ServiceObject> objects) {
    return EnumSetColumn.write(objects);
  }

  @Override
  public Set<ServiceObject> convertToEntityAttribute(String column) {
    return EnumSetColumn.read(column, ServiceObject.class);
  }
}
