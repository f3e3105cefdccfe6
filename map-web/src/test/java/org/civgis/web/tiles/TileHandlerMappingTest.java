package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

class TileHandlerMappingTest {
  private final TileHandlerMapping mapping = mapping();

  private static TileHandlerMapping mapping() {
    try {
      return new TileHandlerMapping(new TileController(null, null), id -> id.equals("divisions"));
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private Object handler(String method, String uri) {
    return mapping.getHandlerInternal(new MockHttpServletRequest(method, uri));
  }

  @Test
  void aTileIsMappedToTheControllersTileMethodWithItsVariablesAndPattern() {
    MockHttpServletRequest request =
        new MockHttpServletRequest("GET", "/tiles/divisions/5/23/11.mvt");
    Object handler = mapping.getHandlerInternal(request);
    assertThat(handler).isInstanceOf(HandlerMethod.class);
    assertThat(((HandlerMethod) handler).getMethod().getName()).isEqualTo("tile");
    assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
        .isEqualTo(Map.of("layerId", "divisions", "z", "5", "x", "23", "y", "11"));
    assertThat(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
        .isEqualTo("/tiles/{layerId}/{z}/{x}/{y}.mvt");
    // what the controller checks itself is passed on as it comes
    assertThat(handler("GET", "/tiles/divisions/3/0/north.mvt")).isInstanceOf(HandlerMethod.class);
  }

  @Test
  void everythingElseIsLeftToTheOtherMappings() {
    for (String uri :
        new String[] {
          "/tiles/divisions.json",
          "/tiles",
          "/tiles/",
          "/tiles/divisions/5/23.mvt",
          "/tiles/divisions/5/23/11/2.mvt",
          "/tiles/divisions/5/23/.mvt",
          "/tiles/divisions/5/23/11.mvt.json",
          "/tiles/divisions/5/23/11.pbf",
          "/tiles/divisions/5/2%33/11.mvt",
          "/tiles/divisions/5;v=1/23/11.mvt",
          "/tiles/div.isions/5/23/11.mvt",
          "/ogc/tiles/divisions/5/23/11.mvt",
          "/tiles/mbtiles/12/3372/1552.mvt",
          "/tiles/roads/0/0/0.mvt"
        }) {
      assertThat(handler("GET", uri)).as(uri).isNull();
    }
    assertThat(handler("HEAD", "/tiles/divisions/5/23/11.mvt")).isNull();
    assertThat(handler("POST", "/tiles/divisions/5/23/11.mvt")).isNull();
  }
}
