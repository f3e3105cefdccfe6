package org.civgis.gazetteer.address;

/**
 * What a standard address points at; its digit is the type segment of the address code ({@link
 * AddressCode}).
 */
public enum AddressKind {
  /** 门牌地址: a house number on a road. */
  HOUSE_NUMBER('1', "门牌地址"),
  /** 楼牌地址: a building behind a house number (a compound's building). */
  BUILDING('2', "楼牌地址"),
  /** 户室地址: a unit and room of a building. */
  UNIT_ROOM('3', "户室地址");

  private final char digit;
  private final String chineseName;

  AddressKind(char digit, String chineseName) {
    this.digit = digit;
    this.chineseName = chineseName;
  }

  public char digit() {
    return digit;
  }

  public String chineseName() {
    return chineseName;
  }

  public static AddressKind ofDigit(char digit) {
    for (AddressKind kind : values()) {
      if (kind.digit == digit) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no address kind with digit " + digit);
  }
}
