package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestCluster;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL is down, tiles in the cache are still served (the map keeps showing what it
 * showed); a tile that would need the database answers 503. Its own cluster, since it stops it.
 */
class OutageTileIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<byte[]> get(String url, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void cachedTilesAreServedDuringAnOutage() throws Exception {
    try (TestCluster cluster = TestCluster.start()) {
      TestDatabase database = cluster.createDatabase("outage_tiles");
      new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
      try (AppInstance app =
          AppInstance.start(database, "spring.datasource.hikari.connection-timeout=1500")) {
        String cached = app.baseUrl() + "/tiles/divisions/7/95/46.mvt";
        String uncached = app.baseUrl() + "/tiles/divisions/8/190/93.mvt";
        HttpResponse<byte[]> first = get(cached);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isNotEmpty();
        // a browser that has been using the app sends its cookies along with the tiles
        HttpResponse<byte[]> hit = get(cached, "Cookie", "SESSION=c2Vzc2lvbg; XSRF-TOKEN=x");
        assertThat(hit.headers().firstValue("X-Tile-Cache")).hasValue("HIT");

        cluster.stopServer();

        HttpResponse<byte[]> down = get(cached, "Cookie", "SESSION=c2Vzc2lvbg; XSRF-TOKEN=x");
        assertThat(down.statusCode()).isEqualTo(200);
        assertThat(down.body()).isEqualTo(first.body());
        assertThat(down.headers().firstValue("X-Tile-Cache")).hasValue("HIT");
        HttpResponse<byte[]> revalidated =
            get(cached, "If-None-Match", first.headers().firstValue("ETag").orElseThrow());
        assertThat(revalidated.statusCode()).isEqualTo(304);

        HttpResponse<byte[]> missing = get(uncached);
        assertThat(missing.statusCode()).isEqualTo(503);
        assertThat(missing.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        cluster.startServer();
      }
    }
  }
}
