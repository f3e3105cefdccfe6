package org.civgis.gazetteer.placename.rules;

/**
 * Why a place name is non-standard. Each code carries its family, its default severity, the rule in
 * Chinese and the suggested action in Chinese; a {@link NameWarning} adds what matched.
 *
 * <p>What holds: the codes are stable identifiers (they are stored with the cleanup worklist);
 * their prefix is their family: {@code BIG_} 大, {@code FOREIGN_} 洋, {@code ODD_} 怪, {@code
 * DUPLICATE_}/{@code HOMOPHONE_} 重, {@code CHAR_} characters, {@code GENERIC_} generic part.
 */
public enum ReasonCode {
  BIG_GRANDIOSE_WORD(
      ReasonGroup.BIG, Severity.WARNING, "名称含夸大用字，与地理实体的规模和地位不相称", "删去夸大用字，改用反映当地历史、地理或文化特征的专名"),
  BIG_GENERIC_EXCEEDS_SIZE(
      ReasonGroup.BIG, Severity.WARNING, "通名所称的规模超过实体的实际规模", "改用与实际规模相符的通名（如“小区”“苑”“楼”“路”“街”）"),
  FOREIGN_PLACE_NAME(ReasonGroup.FOREIGN, Severity.ERROR, "名称使用外国地名", "更名：地名不以外国地名命名，改用反映当地特征的专名"),
  FOREIGN_PERSON_NAME(ReasonGroup.FOREIGN, Severity.ERROR, "名称使用外国人名", "更名：地名不以外国人名命名，改用反映当地特征的专名"),
  FOREIGN_WORD(ReasonGroup.FOREIGN, Severity.WARNING, "名称含外语音译词或崇洋用语", "改用规范的汉语词语"),
  FOREIGN_LATIN_LETTERS(
      ReasonGroup.FOREIGN, Severity.ERROR, "汉字名称中夹用拉丁字母（外文字母）", "删去外文字母，地名用规范汉字书写"),
  ODD_BARE_NUMBER(
      ReasonGroup.ODD, Severity.WARNING, "专名仅由数字或序号构成，不具地名意义", "以有地方特色的专名命名；序号只用于门牌、楼牌号"),
  ODD_ARABIC_DIGITS(ReasonGroup.ODD, Severity.WARNING, "名称中夹用阿拉伯数字", "数字改用汉字书写，或更换专名"),
  ODD_SYMBOL(ReasonGroup.ODD, Severity.ERROR, "名称含标点、符号或空格", "删去符号和空格；确需区分的部分用规范汉字表达"),
  ODD_LATIN_ONLY(
      ReasonGroup.ODD, Severity.ERROR, "名称仅由拉丁字母构成（无意义的拼音或字母组合）", "以规范汉字命名；汉语拼音只作为名称的罗马字母拼写另行登记"),
  ODD_WORD(ReasonGroup.ODD, Severity.WARNING, "名称含怪异、低俗或网络流行用语", "更名，使用含义健康、庄重的用字"),
  DUPLICATE_IN_SCOPE(
      ReasonGroup.DUPLICATE, Severity.ERROR, "同一县级行政区域内、同一大类中已有同名地名", "更改其中一个名称，或在专名中加入能够区分的成分"),
  HOMOPHONE_IN_SCOPE(
      ReasonGroup.DUPLICATE, Severity.WARNING, "同一县级行政区域内、同一大类中已有同音地名", "更改其中一个名称，避免同音"),
  CHAR_NOT_IN_STANDARD_LIST(
      ReasonGroup.CHARACTER,
      Severity.WARNING,
      "名称含《通用规范汉字表》（2013年）以外的字（生僻字或异体字）",
      "改用表内规范字；历史地名确需保留的，经审核后豁免"),
  CHAR_TRADITIONAL(ReasonGroup.CHARACTER, Severity.ERROR, "名称使用繁体字", "改用规范简化字书写"),
  CHAR_MIXED_SCRIPT(ReasonGroup.CHARACTER, Severity.ERROR, "名称繁简混用", "统一改用规范简化字书写"),
  GENERIC_CONTRADICTS_CATEGORY(
      ReasonGroup.GENERIC, Severity.ERROR, "通名与地名类别不符", "改用与类别相符的通名，或更正地名类别"),
  GENERIC_MISSING(ReasonGroup.GENERIC, Severity.WARNING, "名称缺少该类别应有的通名", "补全与类别相符的通名");

  private final ReasonGroup group;
  private final Severity severity;
  private final String rule;
  private final String suggestedAction;

  ReasonCode(ReasonGroup group, Severity severity, String rule, String suggestedAction) {
    this.group = group;
    this.severity = severity;
    this.rule = rule;
    this.suggestedAction = suggestedAction;
  }

  /** The family: 大, 洋, 怪, 重, characters or generic. */
  public ReasonGroup group() {
    return group;
  }

  /** The default severity; a rule may lower it for a category (see the rule). */
  public Severity severity() {
    return severity;
  }

  /** The rule, in Chinese. */
  public String rule() {
    return rule;
  }

  /** The default suggested action, in Chinese. */
  public String suggestedAction() {
    return suggestedAction;
  }
}
