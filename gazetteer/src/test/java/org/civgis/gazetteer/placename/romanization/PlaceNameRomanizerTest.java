package org.civgis.gazetteer.placename.romanization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceNameRomanizerTest {
  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();

  private static String pinyin(String name) {
    return ROMANIZER.romanize(name).pinyin();
  }

  private static String oneWord(String name) {
    return ROMANIZER.romanize(NameParts.withoutGeneric(name)).pinyin();
  }

  // ---- specific and generic: separate words, each capitalised (1984 rules 1, 10)

  @Test
  void writesSpecificAndGenericSeparatelyEachCapitalised() {
    assertThat(pinyin("人民路")).isEqualTo("Renmin Lu");
    assertThat(pinyin("奇台县")).isEqualTo("Qitai Xian");
    assertThat(pinyin("松花江")).isEqualTo("Songhua Jiang");
    assertThat(pinyin("通县")).isEqualTo("Tong Xian");
    assertThat(pinyin("横街")).isEqualTo("Heng Jie");
    assertThat(ROMANIZER.romanize(NameParts.of("东方红", "村")).pinyin()).isEqualTo("Dongfanghong Cun");
  }

  @Test
  void writesTheEthnicNameOfAnAutonomousAreaAsAWordOfItsOwn() {
    assertThat(pinyin("昌吉回族自治州")).isEqualTo("Changji Huizu Zizhizhou");
    assertThat(pinyin("西藏自治区")).isEqualTo("Xizang Zizhiqu");
    assertThat(pinyin("上户沟哈萨克族乡")).isEqualTo("Shanghugou Hasakezu Xiang");
  }

  @Test
  void joinsASingleSyllableModifierWithItsGeneric() {
    assertThat(pinyin("北京南路")).isEqualTo("Beijing Nanlu");
    assertThat(pinyin("景山东街")).isEqualTo("Jingshan Dongjie");
    assertThat(pinyin("北京南大街")).isEqualTo("Beijing Nandajie");
    assertThat(pinyin("和谐一村")).isEqualTo("Hexie Yicun");
    // a single-syllable specific keeps its modifier: 城南 is the name
    assertThat(pinyin("城南村")).isEqualTo("Chengnan Cun");
    assertThat(pinyin("城北路")).isEqualTo("Chengbei Lu");
  }

  @Test
  void keepsAGenericThatHasBecomePartOfTheSpecificInIt() {
    // 1984 rule 4: 解放路/南小街
    assertThat(pinyin("宁边路街道")).isEqualTo("Ningbianlu Jiedao");
    assertThat(pinyin("西街社区")).isEqualTo("Xijie Shequ");
    // a multi-syllable one stays a word: 包头/胡同/东巷
    assertThat(pinyin("北京南路街道")).isEqualTo("Beijing Nanlu Jiedao");
    assertThat(pinyin("芳草湖农场生活区")).isEqualTo("Fangcaohu Nongchang Shenghuoqu");
  }

  @Test
  void writesANameWithoutGenericAsOneWord() {
    // 1984 rule 3: natural villages and towns
    assertThat(oneWord("王村")).isEqualTo("Wangcun");
    assertThat(oneWord("周口店")).isEqualTo("Zhoukoudian");
    assertThat(oneWord("大石头")).isEqualTo("Dashitou");
    assertThat(oneWord("刘家庄")).isEqualTo("Liujiazhuang");
  }

  @Test
  void dividesTheLongSpecificOfAnOrganisationIntoWords() {
    // 1984 rule 14 (北京/工人/体育馆): a long name is written word by word, not as one word;
    // a one-syllable generic stays with its name (rule 4), a name the dictionary does not know
    // stays whole
    assertThat(pinyin("昌吉市北部荒漠生态保护管理站"))
        .isEqualTo("Changjishi Beibu Huangmo Shengtai Baohu Guanlizhan");
    assertThat(pinyin("新疆昌吉国家农业科技园区管理委员会"))
        .isEqualTo("Xinjiang Changji Guojia Nongye Keji Yuanqu Guanliweiyuanhui");
    assertThat(PlaceNameRomanizer.dictionaryWords("呼图壁县第一中学")).containsExactly("呼图壁县", "第一", "中学");
    // settlement names stay one word (rule 3)
    assertThat(oneWord("周口店")).isEqualTo("Zhoukoudian");
    assertThat(pinyin("兵团农六师土墩子农场")).isEqualTo("Bingtuan Nong 6 Shi Tudunzi Nongchang");
  }

  @Test
  void takesWordBoundariesGivenByTheCaller() {
    Romanization romanization = ROMANIZER.romanize(NameParts.of("乌鲁木齐 准东 产业园", "社区"));
    assertThat(romanization.pinyin()).isEqualTo("Wulumuqi Zhundong Chanyeyuan Shequ");
    assertThat(romanization.name()).isEqualTo("乌鲁木齐准东产业园社区");
  }

  // ---- apostrophe (1984 rule 11)

  @Test
  void putsAnApostropheBeforeASyllableStartingWithAOrE() {
    assertThat(pinyin("西安路")).isEqualTo("Xi'an Lu");
    assertThat(oneWord("天安门")).isEqualTo("Tian'anmen");
    assertThat(oneWord("建瓯")).isEqualTo("Jian'ou");
    assertThat(oneWord("天峨")).isEqualTo("Tian'e");
    assertThat(pinyin("吉木萨尔县")).isEqualTo("Jimusa'er Xian");
  }

  @Test
  void putsNoApostropheWhereNoSyllableStartsWithAOrE() {
    assertThat(pinyin("人民路")).isEqualTo("Renmin Lu");
    assertThat(oneWord("哈尔滨")).isEqualTo("Ha'erbin");
    assertThat(oneWord("呼和浩特")).isEqualTo("Huhehaote");
    // nor at the start of a word
    assertThat(pinyin("阿什里村")).isEqualTo("Ashili Cun");
  }

  // ---- sign form and tones

  @Test
  void writesTheSignFormInCapitalsWithoutTones() {
    Romanization renmin = ROMANIZER.romanize("人民路");
    assertThat(renmin.signForm()).isEqualTo("RENMIN LU");
    assertThat(renmin.forSign()).isEqualTo("RENMIN LU");
    assertThat(ROMANIZER.romanize("西安路").signForm()).isEqualTo("XI'AN LU");
    assertThat(ROMANIZER.romanize("绿洲路街道").signForm()).isEqualTo("LÜZHOULU JIEDAO");
  }

  @Test
  void keepsTheTonesInTheTonedForm() {
    assertThat(ROMANIZER.romanize("奇台县").tonedPinyin()).isEqualTo("Qítái Xiàn");
    assertThat(ROMANIZER.romanize("西安路").tonedPinyin()).isEqualTo("Xī'ān Lù");
    assertThat(ROMANIZER.romanize("绿洲路").tonedPinyin()).isEqualTo("Lǜzhōu Lù");
    assertThat(ROMANIZER.romanize("水磨沟乡").tonedPinyin()).isEqualTo("Shuǐmògōu Xiāng");
  }

  // ---- numbers (1984 rules 6 and 7)

  @Test
  void writesNumeralsThatArePartOfANameInPinyin() {
    assertThat(pinyin("二工镇")).isEqualTo("Ergong Zhen");
    assertThat(pinyin("六工镇")).isEqualTo("Liugong Zhen");
    assertThat(pinyin("三工镇")).isEqualTo("Sangong Zhen");
    assertThat(pinyin("二六工镇")).isEqualTo("Erliugong Zhen");
    assertThat(pinyin("二道沟")).isEqualTo("Erdao Gou");
    assertThat(pinyin("三八路")).isEqualTo("Sanba Lu");
    assertThat(pinyin("五一广场")).isEqualTo("Wuyi Guangchang");
    assertThat(pinyin("二十里店镇")).isEqualTo("Ershilidian Zhen");
    assertThat(pinyin("十八户村")).isEqualTo("Shibahu Cun");
  }

  @Test
  void writesStreetOrdinalsAndCodesInArabicNumerals() {
    assertThat(pinyin("二马路")).isEqualTo("2 Malu");
    assertThat(pinyin("经五路")).isEqualTo("Jing 5 Lu");
    assertThat(pinyin("三环路")).isEqualTo("3 Huanlu");
    assertThat(pinyin("大川淀一巷")).isEqualTo("Dachuandian 1 Xiang");
    assertThat(pinyin("第九弄")).isEqualTo("Di-9 Long");
    assertThat(pinyin("三道街")).isEqualTo("3 Daojie");
    assertThat(pinyin("1203高地")).isEqualTo("1203 Gaodi");
  }

  @Test
  void writesTheNumberedUnitsOfTheCorpsInArabicNumerals() {
    assertThat(pinyin("兵团一零五团")).isEqualTo("Bingtuan 105 Tuan");
    assertThat(pinyin("兵团二二二团农场")).isEqualTo("Bingtuan 222 Tuan Nongchang");
    assertThat(pinyin("二十一连生活区")).isEqualTo("21 Lian Shenghuoqu");
    assertThat(pinyin("农场一生活区")).isEqualTo("Nongchang 1 Shenghuoqu");
    assertThat(pinyin("兵团农六师北塔山牧场")).isEqualTo("Bingtuan Nong 6 Shi Beitashan Muchang");
  }

  @Test
  void readsPositionalNumeralsAndCodes() {
    assertThat(PlaceNameRomanizer.positional("五")).isEqualTo(5);
    assertThat(PlaceNameRomanizer.positional("十")).isEqualTo(10);
    assertThat(PlaceNameRomanizer.positional("十三")).isEqualTo(13);
    assertThat(PlaceNameRomanizer.positional("二十")).isEqualTo(20);
    assertThat(PlaceNameRomanizer.positional("三十六")).isEqualTo(36);
    assertThat(PlaceNameRomanizer.positional("一百零五")).isEqualTo(105);
    assertThat(PlaceNameRomanizer.positional("三八")).isEqualTo(-1);
    assertThat(PlaceNameRomanizer.positional("百")).isEqualTo(-1);
    assertThat(PlaceNameRomanizer.code("一四七")).isEqualTo("147");
    assertThat(PlaceNameRomanizer.code("一零八")).isEqualTo("108");
    assertThat(PlaceNameRomanizer.code("一〇")).isEqualTo("10");
    assertThat(PlaceNameRomanizer.code("三八")).isNull();
    assertThat(PlaceNameRomanizer.code("十三")).isNull();
  }

  // ---- splitting

  @Test
  void splitsTheLongestKnownGenericAtTheEnd() {
    assertThat(ROMANIZER.split("宁边路街道")).isEqualTo(NameParts.of("宁边路", "街道"));
    assertThat(ROMANIZER.split("木垒哈萨克自治县")).isEqualTo(new NameParts("木垒", "哈萨克", "自治县"));
    assertThat(ROMANIZER.split("阿什里哈萨克民族乡")).isEqualTo(new NameParts("阿什里", "哈萨克", "民族乡"));
    assertThat(ROMANIZER.split("头工中心村")).isEqualTo(NameParts.of("头工", "中心村"));
    assertThat(ROMANIZER.split("北京南路")).isEqualTo(NameParts.of("北京", "南路"));
  }

  @Test
  void splitsTheCommitteeOffAVillageLevelName() {
    assertThat(ROMANIZER.split("西街社区居民委员会")).isEqualTo(NameParts.of("西街", "社区"));
    assertThat(ROMANIZER.split("水林社区居委会")).isEqualTo(NameParts.of("水林", "社区"));
    assertThat(ROMANIZER.split("北门村村委会")).isEqualTo(NameParts.of("北门", "村"));
    assertThat(ROMANIZER.split("红山村委会")).isEqualTo(NameParts.of("红山", "村"));
    assertThat(ROMANIZER.split("西门村民委员会")).isEqualTo(NameParts.of("西门", "村"));
    assertThat(ROMANIZER.split("凉州户村村民委员")).isEqualTo(NameParts.of("凉州户", "村"));
    assertThat(ROMANIZER.split("河西居委会")).isEqualTo(NameParts.of("河西", "居委会"));
  }

  @Test
  void leavesANameWithoutAKnownGenericWhole() {
    assertThat(ROMANIZER.split("大石头")).isEqualTo(NameParts.withoutGeneric("大石头"));
    assertThat(ROMANIZER.split("塔塔尔乡")).isEqualTo(NameParts.of("塔塔尔", "乡"));
  }

  // ---- polyphones

  @Test
  void readsPolyphonesThroughTheDictionary() {
    Romanization xidi = ROMANIZER.romanize("西地镇");
    assertThat(xidi.pinyin()).isEqualTo("Xidi Zhen");
    assertThat(xidi.dictionaryReadings())
        .extracting(PolyphoneDictionary.Entry::text)
        .containsExactly("地");
    assertThat(pinyin("长丰村")).isEqualTo("Changfeng Cun");
    assertThat(pinyin("民乐社区")).isEqualTo("Minle Shequ");
    assertThat(pinyin("尚都社区")).isEqualTo("Shangdu Shequ");
    assertThat(pinyin("克孜勒塔斯村")).isEqualTo("Keziletasi Cun");
    assertThat(pinyin("英格堡乡")).isEqualTo("Yinggepu Xiang");
    assertThat(oneWord("大黄堡")).isEqualTo("Dahuangbao");
    assertThat(oneWord("十里堡")).isEqualTo("Shilipu");
    assertThat(oneWord("吴堡")).isEqualTo("Wubu");
    assertThat(pinyin("会稽山")).isEqualTo("Kuaiji Shan");
  }

  @Test
  void withoutTheDictionaryTheLibraryMisreadsThem() {
    PlaceNameRomanizer libraryOnly = new PlaceNameRomanizer(PolyphoneDictionary.empty());
    assertThat(libraryOnly.romanize("西地镇").pinyin()).isEqualTo("Xide Zhen");
    assertThat(libraryOnly.romanize("长丰村").pinyin()).isEqualTo("Zhangfeng Cun");
    assertThat(libraryOnly.romanize("民乐社区").pinyin()).isEqualTo("Minyue Shequ");
    assertThat(libraryOnly.romanize("阿什里村").pinyin()).isEqualTo("Ashenli Cun");
    assertThat(libraryOnly.romanize("克孜勒塔斯村").pinyin()).isEqualTo("Kezileitasi Cun");
    assertThat(libraryOnly.romanize("西地镇").dictionaryReadings()).isEmpty();
  }

  @Test
  void prefersAWordEntryToACharacterEntry() {
    // 长 cháng, but 长子 zhǎng zǐ
    assertThat(pinyin("长子县")).isEqualTo("Zhangzi Xian");
    assertThat(ROMANIZER.romanize("长子县").dictionaryReadings())
        .extracting(PolyphoneDictionary.Entry::text)
        .containsExactly("长子");
  }

  // ---- refused input

  @Test
  void refusesWhatIsNotAChineseName() {
    assertThatThrownBy(() -> ROMANIZER.romanize("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ROMANIZER.romanize("Renmin Lu")).hasMessageContaining("R");
    assertThatThrownBy(() -> ROMANIZER.romanize("人民 路")).hasMessageContaining("spaces");
    assertThatThrownBy(() -> NameParts.of("", "路")).isInstanceOf(IllegalArgumentException.class);
  }
}
