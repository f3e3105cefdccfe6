package org.civgis.web.replica;

/**
 * A position in PostgreSQL's write-ahead log (a {@code pg_lsn} such as {@code 16/B374D848}): the
 * byte offset of a WAL record, comparable across the primary and its standbys.
 *
 * @param bytes the offset, unsigned (PostgreSQL's 64-bit LSN)
 */
public record WalPosition(long bytes) implements Comparable<WalPosition> {

  /**
   * Parses the text form {@code hi/lo} (both hexadecimal) PostgreSQL prints a {@code pg_lsn} in.
   */
  public static WalPosition parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 1 || slash == text.length() - 1) {
      throw new IllegalArgumentException("not a WAL position: " + text);
    }
    long high = Long.parseUnsignedLong(text.substring(0, slash), 16);
    long low = Long.parseUnsignedLong(text.substring(slash + 1), 16);
    if (high > 0xFFFF_FFFFL || low > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("not a WAL position: " + text);
    }
    return new WalPosition(high << 32 | low);
  }

  /** Whether this position is at or after {@code other}. */
  public boolean reached(WalPosition other) {
    return compareTo(other) >= 0;
  }

  /** The later of two positions; {@code null} stands for none. */
  static WalPosition later(WalPosition a, WalPosition b) {
    if (a == null) {
      return b;
    }
    return b == null || a.reached(b) ? a : b;
  }

  @Override
  public int compareTo(WalPosition other) {
    return Long.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public String toString() {
    return Long.toHexString(bytes >>> 32).toUpperCase()
        + "/"
        + Long.toHexString(bytes & 0xFFFF_FFFFL).toUpperCase();
  }
}
