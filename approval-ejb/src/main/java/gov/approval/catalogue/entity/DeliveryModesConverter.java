package gov.approval.catalogue.entity;

import jakarta.persistence.Converter;

/** A version's delivery modes in one column, e.g. "POST,WINDOW". */
@Converter
public class DeliveryModesConverter extends EnumSetConverter<DeliveryMode> {

  public DeliveryModesConverter() {
    super(DeliveryMode.class);
  }
}
