package org.civgis.web.tiles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The bytes of a computed tile and their entity tag. The bytes are never modified once here. */
public final class CachedTile {
  /** What an entry costs besides its bytes: key, value, map node (an estimate). */
  static final int OVERHEAD_BYTES = 160;

  private final byte[] bytes;
  private final String etag;

  private CachedTile(byte[] bytes, String etag) {
    this.bytes = bytes;
    this.etag = etag;
  }

  /** Takes {@code bytes} (an MVT, possibly empty) without copying them. */
  public static CachedTile of(byte[] bytes) {
    byte[] tile = bytes == null ? new byte[0] : bytes;
    return new CachedTile(tile, etagOf(tile));
  }

  /** The MVT; callers must not modify it. */
  public byte[] bytes() {
    return bytes;
  }

  /** A strong entity tag, quoted: the first 128 bits of the SHA-256 of the bytes, in hex. */
  public String etag() {
    return etag;
  }

  /** What the entry weighs in the cache, in bytes. */
  int weightBytes() {
    return bytes.length + OVERHEAD_BYTES;
  }

  private static String etagOf(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "CachedTile[" + bytes.length + " bytes, " + etag + "]";
  }
}
