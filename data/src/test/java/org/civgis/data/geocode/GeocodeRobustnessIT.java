package org.civgis.data.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.MatchLevel;
import org.civgis.gazetteer.address.geocode.RegistryLoader;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The geocoder on text it was not first built for, over the demo registry: addresses outside the
 * registry, typos by sound, suffixes after 号, pinyin and English road names, one-character roads
 * and a community with a house number. Expected addresses are checked against the registry's rows.
 */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeocodeRobustnessIT {
  private Geocoder geocoder;
  private JdbcClient jdbc;

  @BeforeAll
  void load(TestDatabase database) {
    DataSource dataSource = database.dataSource();
    new DemoLoader(dataSource).load(ChangjiDataset.read(DataFiles.classpath()));
    jdbc = JdbcClient.create(dataSource);
    geocoder =
        new Geocoder(
            new RegistryLoader(jdbc, new AddressRepository(jdbc, new JdbcTemplate(dataSource)))
                .load());
  }

  private boolean registered(String text) {
    return jdbc.sql("select count(*) from gazetteer.address where status = 'CURRENT' and text = ?")
            .param(text)
            .query(Integer.class)
            .single()
        == 1;
  }

  // ---- 1. outside the registry

  @Test
  void anAddressNamingAnotherProvincePrefectureOrCountyIsOutside() {
    assertThat(registered("昌吉市中山路14号")).isTrue();
    assertThat(registered("昌吉市光明路56号")).isTrue();
    List<List<String>> cases =
        List.of(
            List.of("南京市鼓楼区中山路14号", "南京市"),
            List.of("南京鼓楼区中山路14号", "南京市"),
            List.of("江苏南京中山路14号", "江苏省"),
            List.of("新疆乌鲁木齐市天山区光明路56号", "乌鲁木齐市"),
            List.of("新疆维吾尔自治区乌鲁木齐市光明路56号", "乌鲁木齐市"),
            List.of("乌鲁木齐市光明路56号", "乌鲁木齐市"),
            List.of("乌鲁木齐光明路56号", "乌鲁木齐市"),
            List.of("北京市朝阳区建国路5号", "北京市"),
            List.of("石河子市北京南路13号", "石河子市"),
            List.of("新疆石河子北京南路13号", "石河子市"),
            List.of("五家渠市光明路56号", "五家渠市"),
            List.of("昌吉州五家渠市光明路56号", "五家渠市"),
            List.of("新疆喀什地区伽师县健康路12号", "喀什地区"),
            List.of("伽师县健康路12号", "伽师县"),
            List.of("勉县中山路14号", "勉县"),
            List.of("广东省深圳市光明区光明路56号", "广东省"));
    for (List<String> c : cases) {
      GeocodeResult r = geocoder.geocode(c.get(0));
      assertThat(r.level()).as(c.get(0)).isEqualTo(MatchLevel.NONE);
      assertThat(r.note()).as(c.get(0)).isEqualTo("不在本地址库范围：" + c.get(1));
      assertThat(r.text()).isNull();
    }
  }

  @Test
  void theRegistrysOwnNamesAreNotOutside() {
    // 北京南路 is a road here, not 北京; 三台 a township of 吉木萨尔县, not 三台县 of Sichuan; 昌吉 is here
    assertThat(geocoder.geocode("北京南路13号").text()).isEqualTo("昌吉市北京南路13号");
    assertThat(geocoder.geocode("新疆昌吉州昌吉市光明路56号").text()).isEqualTo("昌吉市光明路56号");
    assertThat(geocoder.geocode("延安北路街道光明路56号").text()).isEqualTo("昌吉市光明路56号");
    assertThat(geocoder.geocode("光明路56号").confidence()).isGreaterThanOrEqualTo(0.9);
    GeocodeResult santai = geocoder.geocode("三台镇");
    assertThat(santai.level()).isEqualTo(MatchLevel.TOWNSHIP);
    assertThat(geocoder.geocode("吉木萨尔县").level()).isEqualTo(MatchLevel.COUNTY);
  }

  // ---- 2. typos by sound

  @Test
  void aHomophoneTypoPicksTheRoadThatSoundsAlike() {
    assertThat(registered("昌吉市和平东路66号")).isTrue();
    assertThat(registered("昌吉市和平西路66号")).isTrue();
    for (String input : List.of("和平动路66号", "和平冬路66号", "昌吉市和平栋路66号")) {
      GeocodeResult r = geocoder.geocode(input);
      assertThat(r.text()).as(input).isEqualTo("昌吉市和平东路66号");
      assertThat(r.confidence()).as(input).isGreaterThanOrEqualTo(0.8).isLessThan(1.0);
      assertThat(r.note()).contains("音近");
    }
    GeocodeResult road = geocoder.geocode("文化冬路");
    assertThat(road.level()).isEqualTo(MatchLevel.ROAD);
    assertThat(road.road()).isEqualTo("文化东路");
    GeocodeResult near = geocoder.geocode("宗山路58号");
    assertThat(near.road()).isEqualTo("中山路");
    assertThat(geocoder.geocode("延安背路51号").road()).isEqualTo("延安北路");
  }

  @Test
  void aTieBetweenTwoRoadsIsNotTrusted() {
    // 车 sounds like neither 东 nor 西, and both 和平东路 and 和平西路 have 66号
    GeocodeResult r = geocoder.geocode("和平车路66号");
    assertThat(r.road()).isIn("和平东路", "和平西路");
    assertThat(r.confidence()).isLessThan(0.8);
    assertThat(r.note()).contains("多个候选同样相近");
    GeocodeResult road = geocoder.geocode("文化车路");
    assertThat(road.confidence()).isLessThan(0.8);
  }

  // ---- 3. suffixes after 号

  @Test
  void aSuffixAfterTheNumberReachesTheSuffixedHouse() {
    assertThat(registered("昌吉市屯河路67-1号")).isTrue();
    for (String input :
        List.of(
            "屯河路67号之1",
            "屯河路67号-1",
            "屯河路67之1号",
            "屯河路67附1号",
            "屯河路67-1号",
            "屯河路67号附1",
            "昌吉市屯河路67号 - 1")) {
      GeocodeResult r = geocoder.geocode(input);
      assertThat(r.level()).as(input).isEqualTo(MatchLevel.HOUSE_NUMBER);
      assertThat(r.text()).as(input).isEqualTo("昌吉市屯河路67-1号");
    }
  }

  @Test
  void anUnregisteredSuffixIsNotReportedAsThePlainNumber() {
    assertThat(registered("昌吉市屯河路66号")).isTrue();
    for (String input : List.of("屯河路66号之1", "屯河路66号-1", "屯河路66之1号", "屯河路66-1号")) {
      GeocodeResult r = geocoder.geocode(input);
      assertThat(r.level()).as(input).isEqualTo(MatchLevel.ROAD_INTERPOLATED);
      assertThat(r.text()).as(input).isEqualTo("昌吉市屯河路66之1号");
      assertThat(r.confidence()).isLessThanOrEqualTo(0.8);
    }
  }

  @Test
  void aBuildingWithUnitAndRoomReachesTheRoom() {
    assertThat(registered("昌吉市屯河路36号1栋2单元302室")).isTrue();
    for (String input :
        List.of("屯河路36号1栋2-302", "屯河路36号1栋2单元302", "屯河路36号1号楼2单元302室", "屯河路36号1-2-302")) {
      GeocodeResult r = geocoder.geocode(input);
      assertThat(r.level()).as(input).isEqualTo(MatchLevel.UNIT_ROOM);
      assertThat(r.text()).as(input).isEqualTo("昌吉市屯河路36号1栋2单元302室");
    }
  }

  // ---- 4. pinyin and English

  @Test
  void aRoadInPinyinOrWithEnglishGenericsIsFound() {
    for (String input : List.of("Beijing Nanlu 123", "beijingnanlu 123", "Běijīng Nánlù 123号")) {
      GeocodeResult r = geocoder.geocode(input);
      assertThat(r.road()).as(input).isEqualTo("北京南路");
      assertThat(r.houseNumber()).as(input).isEqualTo("123号");
      assertThat(r.note()).contains("拼音路名");
    }
    assertThat(registered("昌吉市天山路100号")).isTrue();
    assertThat(registered("昌吉市建国路5号")).isTrue();
    for (String input :
        List.of("Tianshan Rd. 100", "Tianshan Road #100", "No. 100 Tianshan Rd, Changji")) {
      assertThat(geocoder.geocode(input).text()).as(input).isEqualTo("昌吉市天山路100号");
    }
    GeocodeResult jianguo = geocoder.geocode("Jianguo Road No. 5");
    assertThat(jianguo.text()).isEqualTo("昌吉市建国路5号");
    assertThat(jianguo.level()).isEqualTo(MatchLevel.HOUSE_NUMBER);
    assertThat(jianguo.confidence()).isGreaterThanOrEqualTo(0.9);
    assertThat(geocoder.geocode("Heping Dong Road 66").text()).isEqualTo("昌吉市和平东路66号");
    assertThat(geocoder.geocode("lvzhoulu 12").road()).isEqualTo("绿洲路");
    assertThat(geocoder.geocode("Xi St 12").text()).isEqualTo("昌吉市西街12号");
  }

  // ---- 5. one-character roads, community and number

  @Test
  void aOneCharacterRoadWithATypoIsFoundBySound() {
    assertThat(registered("昌吉市西街12号")).isTrue();
    assertThat(registered("昌吉市东街12号")).isTrue();
    for (String input : List.of("栖街12号", "希街12号", "昌吉市溪街12号")) {
      GeocodeResult r = geocoder.geocode(input);
      assertThat(r.level()).as(input).isEqualTo(MatchLevel.HOUSE_NUMBER);
      assertThat(r.text()).as(input).isEqualTo("昌吉市西街12号");
    }
    assertThat(geocoder.geocode("冬街12号").text()).isEqualTo("昌吉市东街12号");
  }

  @Test
  void aCommunityAndANumberItHasOnceGiveTheAddress() {
    record Unique(String community, int number, String text) {}
    List<Unique> unique =
        jdbc.sql(
                """
                select community_name, house_number, min(text) from gazetteer.address
                 where status = 'CURRENT' and kind = 'HOUSE_NUMBER' and house_number_suffix = ''
                   and community_name like '%社区'
                 group by 1, 2 having count(*) = 1 order by 1, 2 limit 5
                """)
            .query((rs, i) -> new Unique(rs.getString(1), rs.getInt(2), rs.getString(3)))
            .list();
    assertThat(unique).hasSize(5);
    for (Unique u : unique) {
      GeocodeResult r = geocoder.geocode(u.community() + u.number() + "号");
      assertThat(r.level()).isEqualTo(MatchLevel.HOUSE_NUMBER);
      assertThat(r.text()).isEqualTo(u.text());
      assertThat(r.note()).contains("由社区和门牌号确定");
    }
    // a number the community has several times: the community, not a guess
    String repeated =
        jdbc.sql(
                """
                select community_name || house_number || '号' from gazetteer.address
                 where status = 'CURRENT' and kind = 'HOUSE_NUMBER' and house_number_suffix = ''
                   and community_name like '%社区'
                 group by community_name, house_number having count(*) > 1
                 order by 1 limit 1
                """)
            .query(String.class)
            .single();
    assertThat(geocoder.geocode(repeated).level()).isEqualTo(MatchLevel.COMMUNITY);
  }
}
