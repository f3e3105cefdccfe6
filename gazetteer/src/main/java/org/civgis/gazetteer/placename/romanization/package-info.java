/**
 * Romanization of place names (地名罗马字母拼写): the pinyin of a name written by the place-name
 * orthography, its sign form, and the official transliteration of names of minority-language
 * origin.
 *
 * <p>Sources: 《中国地名汉语拼音字母拼写规则（汉语地名部分）》 (China Committee on Geographical Names, Script Reform
 * Committee and National Bureau of Surveying, 1984-12-25, [84]中地字第17号; "the 1984 rules" below, rule
 * numbers as in that text); GB/T 16159-2012 汉语拼音正词法基本规则; GB 17733-2008 地名 标志 for the sign form;
 * 《少数民族语地名汉语拼音字母音译转写法》 (1976) for transliterations.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Readings. Each character is read by the curated {@link
 *       org.civgis.gazetteer.placename.romanization.PolyphoneDictionary} where it has an entry (a
 *       word entry before a character entry, the longest word first), else by the pinyin library
 *       (com.github.houbb:pinyin, read phrase by phrase). Every entry says why and how it was
 *       checked; {@link
 *       org.civgis.gazetteer.placename.romanization.Romanization#dictionaryReadings()} lists the
 *       entries that decided a name's readings. Readings follow Putonghua (1984 rule 8).
 *   <li>Specific and generic. The specific part (专名) and the generic part (通名) are written
 *       separately, each starting with a capital (1984 rules 1 and 10): 人民路 Renmin Lu, 奇台县 Qitai
 *       Xian, 通县 Tong Xian. An ethnic name before the generic of an ethnic township or autonomous
 *       area is a word of its own: 昌吉回族自治州 Changji Huizu Zizhizhou.
 *   <li>A generic term is one word, its modifiers joined (1984 rules 2 and 14: 种羊场, 体育馆): 自治县
 *       Zizhixian, 民族乡 Minzuxiang, 中心村 Zhongxincun, 生活区 Shenghuoqu. A single-syllable modifier
 *       before a street generic or before 村 joins the generic (1984 rule 2: 景山/后街, 朝阳门内/大街): 北京南路
 *       Beijing Nanlu, 和谐一村 Hexie Yicun, 北庭新村 Beiting Xincun.
 *   <li>The specific part is one word (1984 rule 3: settlement names are written joined, 周口店
 *       Zhoukoudian): 硫磺沟镇 Liuhuanggou Zhen. A generic that has become part of a specific stays in
 *       it (1984 rule 4, 解放路/南小街): 宁边路街道 Ningbianlu Jiedao, 地质村社区 Dizhicun Shequ; a multi-syllable
 *       one stays a word of its own (包头/胡同/东巷): 北京南路街道 Beijing Nanlu Jiedao, 芳草湖农场 Fangcaohu
 *       Nongchang. A name without a generic is one word: {@link
 *       org.civgis.gazetteer.placename.romanization.NameParts#withoutGeneric} (王村 Wangcun, 大石头
 *       Dashitou). Spaces in a specific part given by the caller are taken as its word boundaries.
 *   <li>Apostrophe. A syllable starting with a, o or e that is not the first of its word is
 *       preceded by an apostrophe (1984 rule 11; GB/T 16159-2012): 西安 Xi'an, 吉木萨尔 Jimusa'er, but 人民
 *       Renmin. ü keeps its dots (绿洲 Lüzhou).
 *   <li>Numbers. Numerals in names are written in pinyin (1984 rule 6): 二工 Ergong, 六工 Liugong, 三八路
 *       Sanba Lu, 二道沟 Erdao Gou. Codes and ordinals of a series are written in Arabic numerals as a
 *       word of their own (1984 rule 7: 二马路 2 Malu, 经五路 Jing 5 Lu, 第九弄 Di-9 Long): a run of three
 *       or more digits read one by one, or any run with 零 (兵团一零五团 Bingtuan 105 Tuan); a number
 *       before a street term or a numbered unit of the Production and Construction Corps (连, 队, 团,
 *       师, 生活区) (一连生活区 1 Lian Shenghuoqu).
 *   <li>Committees. The standard name of a village-level unit is the place, not its committee:
 *       西街社区居民委员会 → 西街社区 Xijie Shequ, 北门村村委会 → 北门村 Beimen Cun: what the 2022 《地名管理条例》 counts as a
 *       place name is the name of the place where a village or residents' committee sits, not the
 *       committee. A committee term without 社区 or 村 before it stays the generic: 河西居委会 Hexi
 *       Juweihui.
 *   <li>Tones. {@code pinyin} has no tone marks (the sign and map form; 1984 rule 9 allows it);
 *       {@code tonedPinyin} has them, neutral tones unmarked. The sign form is {@code pinyin} in
 *       capitals, apostrophes and ü kept (GB 17733; 1984 rule 10: "特殊情况可全部大写"): RENMIN LU.
 *   <li>Official transliterations. The official romanization of a name of minority-language origin
 *       ({@link org.civgis.gazetteer.placename.romanization.Transliteration}: 木垒 Mori, 吉木萨尔 Jimsar)
 *       is entered by an officer with its source, stored beside the pinyin of the characters, never
 *       computed or altered here; {@link
 *       org.civgis.gazetteer.placename.romanization.Romanization#forSign()} prefers it. {@link
 *       org.civgis.gazetteer.placename.romanization.TransliterationSuggestions} lists known forms
 *       as suggestions for officers, not as authority.
 * </ol>
 *
 * <p>Known limitations:
 *
 * <ol>
 *   <li>Splitting knows the curated generic terms only and takes the longest at the end. A natural
 *       village whose name ends in one (文家市, 太平沟) must be given as {@link
 *       org.civgis.gazetteer.placename.romanization.NameParts#withoutGeneric}.
 *   <li>Word division inside a specific part knows only the patterns above and, from six characters
 *       on, ICU's dictionary word division (昌吉市北部荒漠生态保护管理站 Changjishi Beibu Huangmo Shengtai Baohu
 *       Guanlizhan); a shorter name of a building, enterprise or park (1984 rule 14: 北京/工人/体育馆)
 *       comes out as one word unless the caller marks the boundaries with spaces.
 *   <li>A positional numeral before a series term is read whole: 东四十二条 gives Dong 42 Tiao, not the
 *       rule's Dongsi 12 Tiao; 第二松花江 gives Di'ersonghua Jiang, not Di'er Songhua Jiang.
 *   <li>儿 is always a syllable (鱼儿沟 Yu'ergou); rule 12's r for 儿化 needs the local pronunciation.
 *   <li>Tone sandhi and neutral tones in {@code tonedPinyin} are the library's where no dictionary
 *       entry decides.
 *   <li>The generic forms of GB/T 38207-2019 (通名汉语拼音字母拼写规则) were not consulted; the forms here
 *       follow the 1984 rules.
 * </ol>
 */
package org.civgis.gazetteer.placename.romanization;
