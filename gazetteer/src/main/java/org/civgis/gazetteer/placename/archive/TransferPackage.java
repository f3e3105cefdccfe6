package org.civgis.gazetteer.placename.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The archive transfer package (档案移交包): a ZIP of the catalogue, the files and a SHA-256 manifest.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Layout: {@value #CATALOGUE} (the catalogue), the files under {@value #FILES} and {@value
 *       #MANIFEST}, one line per other entry: its hex SHA-256, two spaces and its path (the form
 *       {@code sha256sum -c} reads).
 *   <li>{@link #read} accepts a package only when every entry but the manifest is listed once,
 *       every listed entry is there, and every entry's SHA-256 is the listed one; otherwise it
 *       throws {@link PackageRefusedException} naming the entry and the reason.
 * </ol>
 */
public final class TransferPackage {
  public static final String CATALOGUE = "目录.xlsx";
  public static final String FILES = "文件/";
  public static final String MANIFEST = "manifest-sha256.txt";
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");
  private static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

  private TransferPackage() {}

  /** A package of {@code entries} (path → content, in order) with their manifest. */
  public static byte[] write(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder manifest = new StringBuilder();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
        manifest
            .append(ArchiveCatalogue.sha256(entry.getValue()))
            .append("  ")
            .append(entry.getKey())
            .append('\n');
      }
      zip.putNextEntry(new ZipEntry(MANIFEST));
      zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** The verified entries of a package (path → content, manifest excluded), in manifest order. */
  public static Map<String, byte[]> read(InputStream in) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        byte[] content = zip.readAllBytes();
        total += content.length;
        if (total > MAX_TOTAL_BYTES) {
          throw new PackageRefusedException(entry.getName(), "移交包超过 512 MB");
        }
        if (entries.put(entry.getName(), content) != null) {
          throw new PackageRefusedException(entry.getName(), "包内有两个同名文件");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new PackageRefusedException(null, "不是有效的 ZIP 文件（" + e.getMessage() + "）");
    }
    if (entries.isEmpty()) {
      throw new PackageRefusedException(null, "不是有效的 ZIP 文件或包内没有文件");
    }
    byte[] manifest = entries.remove(MANIFEST);
    if (manifest == null) {
      throw new PackageRefusedException(MANIFEST, "缺少校验清单");
    }
    Map<String, byte[]> verified = new LinkedHashMap<>();
    String[] lines = new String(manifest, StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new PackageRefusedException(MANIFEST, "第 " + (i + 1) + " 行不是「SHA-256  路径」");
      }
      String path = m.group(2);
      byte[] content = entries.get(path);
      if (content == null) {
        throw new PackageRefusedException(path, "清单列有此文件，包内没有");
      }
      String actual = ArchiveCatalogue.sha256(content);
      if (!actual.equals(m.group(1))) {
        throw new PackageRefusedException(
            path, "SHA-256 与清单不符（清单 " + m.group(1) + "，实际 " + actual + "），文件已被改动或损坏");
      }
      verified.put(path, content);
    }
    for (String path : entries.keySet()) {
      if (!verified.containsKey(path)) {
        throw new PackageRefusedException(path, "包内有此文件，清单没有列出");
      }
    }
    return verified;
  }

  /** Reads a package held in memory. */
  public static Map<String, byte[]> read(byte[] zip) {
    return read(new ByteArrayInputStream(zip));
  }
}
