package org.civgis.web.boundary;

import java.util.List;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestPostgis;
import org.civgis.web.BrowserTests;
import org.civgis.web.platform.AppInstance;
import org.junit.jupiter.api.Test;

/**
 * A division import published through the 「导入区划」 dialog in the browser ({@code
 * src/main/frontend/e2e/divisionpublish.e2e.mjs}), against an app and a database of its own: the
 * version of 阜康市 from today it publishes would change what the tests sharing the suite's database
 * expect of the day.
 */
class DivisionPublishBrowserIT {

  @Test
  void anImportIsPublishedThroughTheDialog() throws Exception {
    TestDatabase database = TestPostgis.createDatabase("division_publish");
    try {
      new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
      try (AppInstance app = AppInstance.start(database)) {
        BrowserTests.run(
            List.of("node", "--test", "--test-reporter=spec", "e2e/divisionpublish.e2e.mjs"),
            app.baseUrl(),
            3);
      }
    } finally {
      TestPostgis.dropDatabase(database);
    }
  }
}
