package org.civgis.geo.network.osm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.civgis.geo.network.osm.WalkingAccess.Directions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WalkingAccessTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          highway=footway                              | BOTH
          highway=steps                                | BOTH
          highway=residential                          | BOTH
          highway=primary;oneway=yes                   | BOTH
          highway=path;oneway:foot=yes                 | FORWARD
          highway=path;oneway:foot=-1                  | BACKWARD
          highway=service;access=private               | NONE
          highway=service;access=no;foot=yes           | BOTH
          highway=track;access=destination            | BOTH
          highway=footway;foot=no                      | NONE
          highway=cycleway;foot=use_sidepath           | NONE
          highway=motorway                             | NONE
          highway=trunk                                | NONE
          highway=trunk;foot=yes                       | BOTH
          highway=secondary;motorroad=yes              | NONE
          highway=construction                         | NONE
          highway=proposed                             | NONE
          railway=rail                                 | NONE
          waterway=river                               | NONE
          """)
  void directions(String tags, Directions expected) {
    Map<String, String> map = new HashMap<>();
    for (String pair : tags.split(";")) {
      String[] kv = pair.split("=", 2);
      map.put(kv[0], kv[1]);
    }
    assertThat(WalkingAccess.of(map)).isEqualTo(expected);
  }
}
