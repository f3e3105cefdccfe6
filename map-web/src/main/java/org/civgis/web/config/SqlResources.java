package org.civgis.web.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** The SQL files of the classpath ({@code sql/…}), read once by the classes that run them. */
public final class SqlResources {
  private SqlResources() {}

  /** The text of classpath resource {@code resource}, UTF-8. */
  public static String read(String resource) {
    try {
      return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
