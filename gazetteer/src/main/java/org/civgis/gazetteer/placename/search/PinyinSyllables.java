package org.civgis.gazetteer.placename.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The syllables of written pinyin: a romanization such as {@code Beijing Nanlu} or {@code Yan'an
 * Lu} cut into its syllables, so that the initials of what is displayed can be indexed.
 *
 * <p>Holds: a word (letters between spaces, apostrophes and hyphens) is cut into the fewest
 * syllables of Hanyu Pinyin (ü written ü or v), as the orthography reads it: {@code xian} is one
 * syllable, {@code Xi'an} two; a syllable starting with a, o or e starts a word or follows an
 * apostrophe, so {@code henan} is he-nan, not hen-an; a run of digits is one element; a word that
 * is not pinyin (an official transliteration such as {@code Mori}) is one element.
 */
final class PinyinSyllables {
  /** The syllables of Hanyu Pinyin without tones, ü as v. */
  static final Set<String> ALL =
      Set.of(
          ("a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai"
                  + " can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong"
                  + " chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun"
                  + " cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou"
                  + " du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai"
                  + " gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha"
                  + " hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo"
                  + " ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang"
                  + " kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan"
                  + " lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu"
                  + " luan lun luo lv lve lue ma mai man mang mao me mei men meng mi mian miao mie"
                  + " min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao"
                  + " nie nin ning niu nong nou nu nuan nuo nv nve nue o ou pa pai pan pang pao pei"
                  + " pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin"
                  + " qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua"
                  + " ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she"
                  + " shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song"
                  + " sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting"
                  + " tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian"
                  + " xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin"
                  + " ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai"
                  + " zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan"
                  + " zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo")
              .split(" "));

  private static final int LONGEST = 6;

  private PinyinSyllables() {}

  /**
   * The syllables of {@code romanization} (lower case, ü as v, without tone marks), in order; see
   * the class comment.
   */
  static List<String> of(String romanization) {
    List<String> out = new ArrayList<>();
    for (String word : romanization.split("[\\s'’\\-]+")) {
      if (!word.isEmpty()) {
        cut(word, out);
      }
    }
    return out;
  }

  /** The first letter or digit run of each syllable of {@code romanization}. */
  static String initials(String romanization) {
    StringBuilder initials = new StringBuilder();
    for (String syllable : of(romanization)) {
      if (Character.isDigit(syllable.charAt(0))) {
        initials.append(syllable);
      } else {
        initials.append(syllable.charAt(0));
      }
    }
    return initials.toString();
  }

  private static void cut(String word, List<String> out) {
    int n = word.length();
    // fewest[i]: fewest syllables for word[i..]; next[i]: where the first of them ends
    int[] fewest = new int[n + 1];
    int[] next = new int[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      fewest[i] = Integer.MAX_VALUE;
      char c = word.charAt(i);
      if (Character.isDigit(c)) {
        int j = i;
        while (j < n && Character.isDigit(word.charAt(j))) {
          j++;
        }
        if (fewest[j] != Integer.MAX_VALUE) {
          fewest[i] = fewest[j] + 1;
          next[i] = j;
        }
        continue;
      }
      for (int j = Math.min(n, i + LONGEST); j > i; j--) {
        if (fewest[j] != Integer.MAX_VALUE
            && (i == 0 || "aoe".indexOf(c) < 0)
            && ALL.contains(word.substring(i, j))
            && fewest[j] + 1 < fewest[i]) {
          fewest[i] = fewest[j] + 1;
          next[i] = j;
        }
      }
    }
    if (fewest[0] == Integer.MAX_VALUE) {
      out.add(word);
      return;
    }
    for (int i = 0; i < n; i = next[i]) {
      out.add(word.substring(i, next[i]));
    }
  }
}
