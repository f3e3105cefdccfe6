package org.civgis.web.tiles;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Finds {@link TileController}'s tile method for {@code GET /tiles/{layerId}/{z}/{x}/{y}.mvt}
 * without Spring MVC's search through every request mapping of the app.
 *
 * <p>What holds: the request is handled exactly as if the controller's own mapping had matched it
 * (the same method and arguments, the same problem details, ETag and 304), with the URI variables
 * and the best matching pattern set as that mapping sets them (so the request's metrics carry the
 * pattern); any other request, a HEAD, a layer that is not one of {@link TileService}'s (such as
 * the offline base map's own mapping, {@code /tiles/mbtiles/…}), or a path that is not four plain
 * segments ending in {@code .mvt} is left to the other mappings.
 *
 * <p>Why: a path with variables has no direct match, so Spring MVC tests every mapping of the app
 * in turn; with a few hundred endpoints that search was the largest single part of the app's work
 * per tile (BENCHMARKS.md, "Vector tiles": 40 % of the request threads' samples).
 */
@Component
class TileHandlerMapping extends AbstractHandlerMapping {
  static final String PATTERN = "/tiles/{layerId}/{z}/{x}/{y}.mvt";
  private static final String SUFFIX = ".mvt";

  private final HandlerMethod tile;
  private final Predicate<String> isLayer;

  @Autowired
  TileHandlerMapping(TileController controller, TileService tiles) throws NoSuchMethodException {
    this(controller, id -> tiles.layer(id).isPresent());
  }

  /** {@code isLayer}: whether a layer id is one of {@link TileService}'s layers. */
  TileHandlerMapping(TileController controller, Predicate<String> isLayer)
      throws NoSuchMethodException {
    this.isLayer = isLayer;
    this.tile =
        new HandlerMethod(
            controller,
            TileController.class.getDeclaredMethod(
                "tile", String.class, String.class, String.class, String.class, String.class));
    setOrder(Ordered.HIGHEST_PRECEDENCE);
  }

  @Override
  protected Object getHandlerInternal(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return null;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/tiles/") || !path.endsWith(SUFFIX) || path.indexOf('%') >= 0) {
      return null;
    }
    String[] parts = path.substring("/tiles/".length()).split("/", -1);
    if (parts.length != 4) {
      return null;
    }
    if (!isLayer.test(parts[0])) {
      return null; // another mapping's (the offline base map's), or the controller's 404
    }
    String y = parts[3].substring(0, parts[3].length() - SUFFIX.length());
    for (String part : new String[] {parts[0], parts[1], parts[2], y}) {
      if (part.isEmpty() || part.indexOf(';') >= 0 || part.indexOf('.') >= 0) {
        return null;
      }
    }
    request.setAttribute(
        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
        Map.of("layerId", parts[0], "z", parts[1], "x", parts[2], "y", y));
    request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, PATTERN);
    request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, tile);
    return tile;
  }
}
