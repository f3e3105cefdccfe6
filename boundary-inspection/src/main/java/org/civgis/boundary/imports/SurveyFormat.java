package org.civgis.boundary.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats surveyors deliver, with how {@code ogr2ogr} reads and writes them.
 *
 * <p>Known limitations (GDAL 3.6): KML is always WGS 84 (EPSG:4326); DXF keeps neither attributes
 * nor CRS, so a division's code travels as the DXF layer name and the CRS must be declared on
 * import; CSV keeps the geometry as a {@code WKT} column without a CRS.
 */
public enum SurveyFormat {
  GEOJSON("GeoJSON", "geojson", "application/geo+json", true, List.of("-lco", "RFC7946=NO")),
  /** Zipped: the {@code .shp}, {@code .shx}, {@code .dbf}, {@code .prj} and {@code .cpg}. */
  SHAPEFILE("ESRI Shapefile", "zip", "application/zip", true, List.of("-lco", "ENCODING=UTF-8")),
  GEOPACKAGE("GPKG", "gpkg", "application/geopackage+sqlite3", true, List.of("-lco", "FID=fid")),
  KML("KML", "kml", "application/vnd.google-earth.kml+xml", true, List.of()),
  DXF("DXF", "dxf", "image/vnd.dxf", false, List.of()),
  CSV("CSV", "csv", "text/csv;charset=UTF-8", false, List.of("-lco", "GEOMETRY=AS_WKT"));

  private final String driver;
  private final String extension;
  private final String mediaType;
  private final boolean carriesCrs;
  private final List<String> writeOptions;

  SurveyFormat(
      String driver,
      String extension,
      String mediaType,
      boolean carriesCrs,
      List<String> writeOptions) {
    this.driver = driver;
    this.extension = extension;
    this.mediaType = mediaType;
    this.carriesCrs = carriesCrs;
    this.writeOptions = writeOptions;
  }

  /**
   * The format of a file by its name's extension ({@code .json} is GeoJSON, {@code .zip}
   * Shapefile).
   */
  public static Optional<SurveyFormat> ofFileName(String fileName) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(GEOJSON);
    }
    for (SurveyFormat format : values()) {
      if (lower.endsWith("." + format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** The format named {@code name} case-insensitively, e.g. {@code shapefile}. */
  public static Optional<SurveyFormat> ofName(String name) {
    for (SurveyFormat format : values()) {
      if (format.name().equalsIgnoreCase(name) || format.extension.equalsIgnoreCase(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** The GDAL driver name, e.g. {@code ESRI Shapefile}. */
  public String driver() {
    return driver;
  }

  /** The extension of a file of this format as we write it, without the dot. */
  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Whether a file of this format says its CRS (if not, the user must declare it). */
  public boolean carriesCrs() {
    return carriesCrs;
  }

  /** The layer creation options we write it with. */
  public List<String> writeOptions() {
    return writeOptions;
  }
}
