package org.civgis.boundary.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * GDAL's {@code ogrinfo} and {@code ogr2ogr} (Debian {@code gdal-bin}), run as processes.
 *
 * <p>Implementation note: the features cross from GDAL to us as a GeoJSON file in EPSG:4490 with
 * longitude first ({@code ogr2ogr} uses the traditional GIS axis order), so one reader serves all
 * formats and the import's transaction stays ours (GDAL never writes to the database).
 */
public final class Ogr {
  private static final long TIMEOUT_SECONDS = 300;
  private static final Pattern EPSG_ID = Pattern.compile("ID\\[\"EPSG\",(\\d+)\\]");
  private static final Pattern CRS_NAME = Pattern.compile("^[A-Z]+CRS\\[\"([^\"]*)\"");

  /** The data source name GDAL opens for a file of {@code format}. */
  public static String datasource(Path file, SurveyFormat format) {
    return format == SurveyFormat.SHAPEFILE ? "/vsizip/" + file : file.toString();
  }

  /** The open options for reading {@code format}: CSV takes its geometry from a WKT column. */
  static List<String> openOptions(SurveyFormat format) {
    return format == SurveyFormat.CSV
        ? List.of("-oo", "GEOM_POSSIBLE_NAMES=WKT,wkt,geom,geometry", "-oo", "KEEP_GEOM_COLUMNS=NO")
        : List.of();
  }

  /**
   * The CRS the file declares: {@code EPSG:n} when GDAL identifies it, else its name as the file
   * gives it; empty when the file declares none.
   */
  public Optional<String> declaredCrs(Path file, SurveyFormat format) {
    List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "-so", "-al"));
    command.addAll(openOptions(format));
    command.add(datasource(file, format));
    String out = run(command);
    int at = out.indexOf("Layer SRS WKT:");
    if (at < 0) {
      return Optional.empty();
    }
    String rest = out.substring(at + "Layer SRS WKT:".length()).strip();
    if (rest.startsWith("(unknown)")) {
      return Optional.empty();
    }
    int end = rest.indexOf("\nData axis to CRS axis mapping");
    String wkt = end < 0 ? rest : rest.substring(0, end);
    // the CRS's own ID closes the WKT; IDs inside (datum, axes) come before it
    Matcher id = EPSG_ID.matcher(wkt);
    String epsg = null;
    while (id.find()) {
      epsg = id.group(1);
    }
    if (epsg != null && wkt.strip().endsWith("ID[\"EPSG\"," + epsg + "]]")) {
      return Optional.of("EPSG:" + epsg);
    }
    Matcher name = CRS_NAME.matcher(wkt.strip());
    return Optional.of(name.find() ? name.group(1) : wkt.lines().findFirst().orElse("?"));
  }

  /**
   * Converts {@code file} into a GeoJSON file {@code out} in EPSG:4490 lon/lat; {@code sourceCrs}
   * (e.g. {@code EPSG:4538}) overrides what the file declares, or is {@code null}.
   */
  public void toLonLat(Path file, SurveyFormat format, String sourceCrs, Path out) {
    List<String> command =
        new ArrayList<>(
            List.of("ogr2ogr", "-f", "GeoJSON", "-lco", "RFC7946=NO", "-t_srs", "EPSG:4490"));
    if (sourceCrs != null) {
      command.addAll(List.of("-s_srs", sourceCrs));
    }
    command.addAll(openOptions(format));
    command.add(out.toString());
    command.add(datasource(file, format));
    run(command);
  }

  /**
   * Writes the features of GeoJSON file {@code in} (EPSG:4490) as {@code format} and returns the
   * file's bytes (a zip of its parts for a Shapefile). KML comes out in EPSG:4326.
   */
  public byte[] export(Path in, SurveyFormat format, String layerName) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("civgis-export");
      String extension = format == SurveyFormat.SHAPEFILE ? "shp" : format.extension();
      Path out = dir.resolve(layerName + "." + extension);
      List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", format.driver()));
      command.addAll(format.writeOptions());
      if (format == SurveyFormat.KML) {
        command.addAll(List.of("-t_srs", "EPSG:4326"));
      }
      command.addAll(List.of("-nln", layerName, out.toString(), in.toString()));
      run(command);
      return format == SurveyFormat.SHAPEFILE ? zip(dir) : Files.readAllBytes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(dir);
    }
  }

  private static byte[] zip(Path dir) throws IOException {
    Path zip = Files.createTempFile("civgis-export", ".zip");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file);
        Stream<Path> parts = Files.list(dir)) {
      for (Path part : parts.sorted().toList()) {
        out.putNextEntry(new ZipEntry(part.getFileName().toString()));
        Files.copy(part, out);
        out.closeEntry();
      }
    }
    try {
      return Files.readAllBytes(zip);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  /** Deletes {@code dir} and what it holds; null is nothing to delete. */
  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code command}; its standard output, or an {@link OgrException} with GDAL's errors. */
  private static String run(List<String> command) {
    Path log = null;
    try {
      log = Files.createTempFile("civgis-ogr", ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new OgrException(command.get(0) + " 超时（" + TIMEOUT_SECONDS + " 秒）");
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        List<String> errors =
            out.lines().filter(l -> l.startsWith("ERROR") || l.startsWith("FAILURE")).toList();
        throw new OgrException(
            "GDAL 无法读写该文件：" + String.join("；", errors.isEmpty() ? out.lines().toList() : errors));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OgrException(command.get(0) + " 被中断");
    } finally {
      if (log != null) {
        log.toFile().delete();
      }
    }
  }

  /** GDAL refused a file or failed; the message says why, in Chinese, with GDAL's own errors. */
  public static final class OgrException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OgrException(String message) {
      super(message);
    }
  }
}
