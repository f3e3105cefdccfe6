package org.civgis.data.changji;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the demo files are read from: the copies packed into the jar, or a folder. */
public interface DataFiles {

  /** The bytes of {@code name} (e.g. {@code changji/divisions_2023.csv}). */
  byte[] read(String name);

  /** The files packed on the class path. */
  static DataFiles classpath() {
    return name -> {
      try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new DataFileException(name, null, "file not found on the class path");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** The files under {@code folder}. */
  static DataFiles folder(Path folder) {
    return name -> {
      try {
        return Files.readAllBytes(folder.resolve(name));
      } catch (NoSuchFileException e) {
        throw new DataFileException(name, null, "file not found in " + folder);
      } catch (IOException e) {
        throw new DataFileException(name, null, "cannot read: " + e.getMessage());
      }
    };
  }
}
