package gov.approval.casework.entity;

/** Identity documents accepted from natural persons (and legal representatives and agents). */
public enum IdType {
  RESIDENT_ID,
  PASSPORT,
  HK_MACAO_PASS,
  TAIWAN_PASS,
  OTHER
}
