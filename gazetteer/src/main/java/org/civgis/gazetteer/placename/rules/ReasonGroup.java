package org.civgis.gazetteer.placename.rules;

/** The families of non-standard place names (不规范地名) a reason belongs to. */
public enum ReasonGroup {
  /** 大: exaggerated words or generics. */
  BIG("大"),
  /** 洋: foreign person or place names, foreign words, Latin letters. */
  FOREIGN("洋"),
  /** 怪: odd names: bare numbers, symbols, meaningless Latin, odd words. */
  ODD("怪"),
  /** 重: duplicate or same-sounding names in one county and major class. */
  DUPLICATE("重"),
  /** Characters: outside the 通用规范汉字表, traditional, mixed scripts. */
  CHARACTER("字"),
  /** The generic part (通名) and the category disagree. */
  GENERIC("通名");

  private final String chineseName;

  ReasonGroup(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese label, e.g. 大. */
  public String chineseName() {
    return chineseName;
  }
}
