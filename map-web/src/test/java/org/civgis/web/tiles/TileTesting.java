package org.civgis.web.tiles;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Reading tiles in the integration tests: raw HTTP and MVT decoding. */
public final class TileTesting {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TileTesting() {}

  /**
   * One decoded feature.
   *
   * @param id the MVT feature id; -1 for a feature without one
   * @param properties its properties
   * @param geometry in tile units (0–4096, y down)
   */
  public record Feature(long id, Map<String, Object> properties, Geometry geometry) {
    public String name() {
      return (String) properties.get("name");
    }

    public String code() {
      return (String) properties.get("code");
    }
  }

  /**
   * A decoded tile.
   *
   * @param layers the names of its layers
   * @param features the features of its only layer, empty when it has none
   */
  public record Mvt(List<String> layers, List<Feature> features) {}

  /** GET {@code url} with {@code headers} (name, value, …); the body as bytes. */
  public static HttpResponse<byte[]> get(String url, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Mvt decode(byte[] bytes) {
    JtsMvt mvt;
    try {
      mvt =
          MvtReader.loadMvt(
              new ByteArrayInputStream(bytes),
              new GeometryFactory(),
              new TagKeyValueMapConverter(false, "mvt_id"),
              MvtReader.RING_CLASSIFIER_V2_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> names = new ArrayList<>();
    List<Feature> features = new ArrayList<>();
    for (JtsLayer layer : mvt.getLayers()) {
      names.add(layer.getName());
      for (Geometry geometry : layer.getGeometries()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) geometry.getUserData();
        // tiles of other tools (GDAL's MBTiles) may have features without an id
        Number mvtId = (Number) properties.remove("mvt_id");
        long id = mvtId == null ? -1 : mvtId.longValue();
        features.add(new Feature(id, properties, geometry));
      }
    }
    return new Mvt(names, features);
  }
}
