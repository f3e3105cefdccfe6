package org.civgis.gazetteer.network;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * PostgreSQL {@code COPY} in both directions, as the bulk path for networks of a million edges:
 * text rows in, binary rows out.
 */
final class CopyRows {
  private static final byte[] SIGNATURE =
      "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

  private CopyRows() {}

  /** Buffers text-format rows and sends them to a {@code COPY … FROM STDIN} in large chunks. */
  static final class Writer {
    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    private final StringBuilder row = new StringBuilder(256);

    Writer(CopyIn copy) {
      this.copy = copy;
    }

    Writer field(Object value) {
      if (row.length() > 0) {
        row.append('\t');
      }
      if (value == null) {
        row.append("\\N");
      } else {
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          switch (c) {
            case '\\' -> row.append("\\\\");
            case '\t' -> row.append("\\t");
            case '\n' -> row.append("\\n");
            case '\r' -> row.append("\\r");
            default -> row.append(c);
          }
        }
      }
      return this;
    }

    void endRow() throws SQLException {
      row.append('\n');
      byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
      buffer.write(bytes, 0, bytes.length);
      row.setLength(0);
      if (buffer.size() >= 1 << 20) {
        flush();
      }
    }

    private void flush() throws SQLException {
      copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
      buffer.reset();
    }

    long finish() throws SQLException {
      flush();
      return copy.endCopy();
    }
  }

  /** Reads the rows of a {@code COPY … TO STDOUT (FORMAT binary)}. */
  static final class Reader {
    private final DataInputStream in;

    Reader(CopyOut copy) throws IOException {
      this.in = new DataInputStream(new CopyOutStream(copy));
      byte[] signature = in.readNBytes(SIGNATURE.length);
      if (!java.util.Arrays.equals(signature, SIGNATURE)) {
        throw new IOException("not a binary COPY stream");
      }
      in.readInt(); // flags
      in.skipNBytes(in.readInt()); // header extension
    }

    /**
     * Starts the next row: its number of fields, or −1 at the end, after which the rest of the
     * stream has been read so that the connection can take the next command.
     */
    int nextRow() throws IOException {
      short fields = in.readShort();
      if (fields == -1) {
        while (in.read() != -1) {
          // the server ends the COPY after the trailer; the connection is busy until it is read
        }
      }
      return fields;
    }

    int int4() throws IOException {
      expect(4);
      return in.readInt();
    }

    double float8() throws IOException {
      expect(8);
      return in.readDouble();
    }

    boolean bool() throws IOException {
      expect(1);
      return in.readByte() != 0;
    }

    /** A field's bytes, {@code null} for SQL null. */
    byte[] bytes() throws IOException {
      int length = in.readInt();
      return length < 0 ? null : in.readNBytes(length);
    }

    private void expect(int length) throws IOException {
      int actual = in.readInt();
      if (actual != length) {
        throw new IOException("expected a field of " + length + " bytes, got " + actual);
      }
    }
  }

  /**
   * The coordinates of an EWKB LineString ({@code geometry_send}), as {@code [lon, lat, …]} without
   * its first and last point.
   */
  static double[] innerVertices(byte[] ewkb) {
    ByteBuffer b = ByteBuffer.wrap(ewkb);
    b.order(b.get() == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    int type = b.getInt();
    if ((type & 0x0fffffff) != 2) {
      throw new IllegalArgumentException("edge geometry is not a LineString");
    }
    if ((type & 0x80000000) != 0 || (type & 0x40000000) != 0) {
      throw new IllegalArgumentException("edge geometry must be 2D");
    }
    if ((type & 0x20000000) != 0) {
      b.getInt(); // SRID
    }
    int points = b.getInt();
    double[] inner = new double[Math.max(0, 2 * (points - 2))];
    b.position(b.position() + 16);
    for (int i = 0; i < inner.length; i++) {
      inner[i] = b.getDouble();
    }
    return inner;
  }

  /** The chunks of a {@link CopyOut} as one stream. */
  private static final class CopyOutStream extends InputStream {
    private final CopyOut copy;
    private byte[] chunk = new byte[0];
    private int position;

    CopyOutStream(CopyOut copy) {
      this.copy = copy;
    }

    private boolean fill() throws IOException {
      while (position >= chunk.length) {
        try {
          chunk = copy.readFromCopy();
        } catch (SQLException e) {
          throw new IOException(e);
        }
        position = 0;
        if (chunk == null) {
          chunk = new byte[0];
          return false;
        }
      }
      return true;
    }

    @Override
    public int read() throws IOException {
      return fill() ? chunk[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, into, offset, n);
      position += n;
      return n;
    }
  }
}
