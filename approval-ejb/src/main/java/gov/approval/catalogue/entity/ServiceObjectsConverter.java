package gov.approval.catalogue.entity;

import jakarta.persistence.Converter;

/** A version's service objects in one column, e.g. "ENTERPRISE,INDIVIDUAL". */
@Converter
public class ServiceObjectsConverter extends EnumSetConverter<ServiceObject> {

  public ServiceObjectsConverter() {
    super(ServiceObject.class);
  }
}
