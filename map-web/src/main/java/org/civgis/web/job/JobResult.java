package org.civgis.web.job;

/**
 * What a finished job leaves: any of a JSON document, a file and a link to where the result lives.
 *
 * @param json a JSON-serialisable summary (a map, a record, a list), or {@code null}
 * @param bytes a file's content, or {@code null}
 * @param mediaType the file's media type, e.g. {@code text/csv;charset=UTF-8}
 * @param filename the file's name when downloaded, e.g. {@code 地址匹配结果.xlsx}
 * @param href a link to the result elsewhere in the API, e.g. {@code /api/topology/runs/7}
 */
public record JobResult(Object json, byte[] bytes, String mediaType, String filename, String href) {

  /** A JSON summary only. */
  public static JobResult json(Object json) {
    return new JobResult(json, null, null, null, null);
  }

  /** A file to download, with a JSON summary ({@code null} for none). */
  public static JobResult file(byte[] bytes, String mediaType, String filename, Object summary) {
    return new JobResult(summary, bytes, mediaType, filename, null);
  }

  /** A link to the result, with a JSON summary ({@code null} for none). */
  public static JobResult link(String href, Object summary) {
    return new JobResult(summary, null, null, null, href);
  }
}
