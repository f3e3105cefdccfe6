package org.civgis.geo.network.osm;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads OSM PBF files (the OSM binary format: fileformat.proto and osmformat.proto of OSM-binary).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Plain nodes, dense nodes and ways are reported in file order; relations, changesets and
 *       metadata are skipped.
 *   <li>Blobs stored raw or zlib-compressed are read; another compression (lzma, lz4, zstd) and a
 *       required feature other than {@code OsmSchema-V0.6}, {@code DenseNodes} and {@code
 *       HistoricalInformation} stop with an {@link OsmFormatException}.
 *   <li>Coordinates are {@code 1e-9 · (offset + granularity · value)} degrees, as the format says.
 * </ol>
 *
 * <p>Implementation note: the messages are decoded with protobuf-java's {@link CodedInputStream}
 * (the wire format) instead of classes generated from the .proto files: the only published
 * generated classes (osmpbf 1.5.0, osmosis-osm-binary 0.48.3) predate protobuf 3.21.7 and the
 * protobuf runtime that OR-Tools needs flags them as open to a denial of service (docs/adr/0009).
 */
public final class OsmPbfReader {
  private static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final int MAX_BLOB_BYTES = 32 * 1024 * 1024;
  private static final Set<String> SUPPORTED =
      Set.of("OsmSchema-V0.6", "DenseNodes", "HistoricalInformation");

  private OsmPbfReader() {}

  public static void read(InputStream in, OsmHandler handler) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int block = 0;
    while (true) {
      int headerLength;
      try {
        headerLength = data.readInt();
      } catch (EOFException end) {
        return;
      }
      block++;
      if (headerLength < 0 || headerLength > MAX_HEADER_BYTES) {
        throw new OsmFormatException("OSM PBF block " + block + ": header length " + headerLength);
      }
      byte[] header = data.readNBytes(headerLength);
      String type = null;
      int dataSize = -1;
      CodedInputStream h = CodedInputStream.newInstance(header);
      for (int tag; (tag = h.readTag()) != 0; ) {
        switch (WireFormat.getTagFieldNumber(tag)) {
          case 1 -> type = h.readString();
          case 3 -> dataSize = h.readInt32();
          default -> h.skipField(tag);
        }
      }
      if (dataSize < 0 || dataSize > MAX_BLOB_BYTES) {
        throw new OsmFormatException("OSM PBF block " + block + ": blob size " + dataSize);
      }
      byte[] blob = data.readNBytes(dataSize);
      if (blob.length != dataSize) {
        throw new OsmFormatException("OSM PBF block " + block + ": file ends inside the block");
      }
      byte[] payload = decompress(blob, block);
      if ("OSMHeader".equals(type)) {
        checkHeader(payload, block);
      } else if ("OSMData".equals(type)) {
        primitiveBlock(payload, handler);
      }
    }
  }

  private static byte[] decompress(byte[] blob, int block) throws IOException {
    CodedInputStream b = CodedInputStream.newInstance(blob);
    ByteString raw = null;
    ByteString zlib = null;
    int rawSize = -1;
    for (int tag; (tag = b.readTag()) != 0; ) {
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> raw = b.readBytes();
        case 2 -> rawSize = b.readInt32();
        case 3 -> zlib = b.readBytes();
        case 4, 5, 6, 7 ->
            throw new OsmFormatException(
                "OSM PBF block " + block + ": only raw and zlib blobs are supported");
        default -> b.skipField(tag);
      }
    }
    if (raw != null) {
      return raw.toByteArray();
    }
    if (zlib == null || rawSize < 0 || rawSize > MAX_BLOB_BYTES) {
      throw new OsmFormatException("OSM PBF block " + block + ": blob without data");
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(zlib.toByteArray());
      byte[] out = new byte[rawSize];
      int n = inflater.inflate(out);
      if (n != rawSize || !inflater.finished()) {
        throw new OsmFormatException("OSM PBF block " + block + ": blob size does not match");
      }
      return out;
    } catch (DataFormatException e) {
      throw new OsmFormatException("OSM PBF block " + block + ": broken zlib data", e);
    } finally {
      inflater.end();
    }
  }

  private static void checkHeader(byte[] payload, int block) throws IOException {
    CodedInputStream h = CodedInputStream.newInstance(payload);
    for (int tag; (tag = h.readTag()) != 0; ) {
      if (WireFormat.getTagFieldNumber(tag) == 4) {
        String feature = h.readString();
        if (!SUPPORTED.contains(feature)) {
          throw new OsmFormatException(
              "OSM PBF block " + block + ": unsupported required feature " + feature);
        }
      } else {
        h.skipField(tag);
      }
    }
  }

  private static void primitiveBlock(byte[] payload, OsmHandler handler) throws IOException {
    List<String> strings = new ArrayList<>();
    List<ByteString> groups = new ArrayList<>();
    long granularity = 100;
    long latOffset = 0;
    long lonOffset = 0;
    CodedInputStream p = CodedInputStream.newInstance(payload);
    for (int tag; (tag = p.readTag()) != 0; ) {
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> {
          CodedInputStream s = p.readBytes().newCodedInput();
          for (int t; (t = s.readTag()) != 0; ) {
            if (WireFormat.getTagFieldNumber(t) == 1) {
              strings.add(s.readBytes().toStringUtf8());
            } else {
              s.skipField(t);
            }
          }
        }
        case 2 -> groups.add(p.readBytes());
        case 17 -> granularity = p.readInt32();
        case 19 -> latOffset = p.readInt64();
        case 20 -> lonOffset = p.readInt64();
        default -> p.skipField(tag);
      }
    }
    Block context = new Block(strings, granularity, latOffset, lonOffset);
    for (ByteString group : groups) {
      CodedInputStream g = group.newCodedInput();
      for (int tag; (tag = g.readTag()) != 0; ) {
        switch (WireFormat.getTagFieldNumber(tag)) {
          case 1 -> node(g.readBytes().newCodedInput(), context, handler);
          case 2 -> denseNodes(g.readBytes().newCodedInput(), context, handler);
          case 3 -> way(g.readBytes().newCodedInput(), context, handler);
          default -> g.skipField(tag);
        }
      }
    }
  }

  private record Block(List<String> strings, long granularity, long latOffset, long lonOffset) {
    double lat(long value) {
      return 1e-9 * (latOffset + granularity * value);
    }

    double lon(long value) {
      return 1e-9 * (lonOffset + granularity * value);
    }

    String string(long index) {
      if (index < 0 || index >= strings.size()) {
        throw new OsmFormatException("OSM PBF: string index " + index + " outside the table");
      }
      return strings.get((int) index);
    }
  }

  private static void node(CodedInputStream n, Block block, OsmHandler handler) throws IOException {
    long id = 0;
    long lat = 0;
    long lon = 0;
    for (int tag; (tag = n.readTag()) != 0; ) {
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> id = n.readSInt64();
        case 8 -> lat = n.readSInt64();
        case 9 -> lon = n.readSInt64();
        default -> n.skipField(tag);
      }
    }
    handler.node(id, block.lon(lon), block.lat(lat));
  }

  private static void denseNodes(CodedInputStream d, Block block, OsmHandler handler)
      throws IOException {
    long[] ids = new long[0];
    long[] lats = new long[0];
    long[] lons = new long[0];
    for (int tag; (tag = d.readTag()) != 0; ) {
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> ids = readPacked(d, tag, ids, true);
        case 8 -> lats = readPacked(d, tag, lats, true);
        case 9 -> lons = readPacked(d, tag, lons, true);
        default -> d.skipField(tag);
      }
    }
    if (ids.length != lats.length || ids.length != lons.length) {
      throw new OsmFormatException("OSM PBF: dense nodes with unequal id, lat and lon lists");
    }
    long id = 0;
    long lat = 0;
    long lon = 0;
    for (int i = 0; i < ids.length; i++) {
      id += ids[i];
      lat += lats[i];
      lon += lons[i];
      handler.node(id, block.lon(lon), block.lat(lat));
    }
  }

  private static void way(CodedInputStream w, Block block, OsmHandler handler) throws IOException {
    long id = 0;
    long[] keys = new long[0];
    long[] values = new long[0];
    long[] refs = new long[0];
    for (int tag; (tag = w.readTag()) != 0; ) {
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> id = w.readInt64();
        case 2 -> keys = readPacked(w, tag, keys, false);
        case 3 -> values = readPacked(w, tag, values, false);
        case 8 -> refs = readPacked(w, tag, refs, true);
        default -> w.skipField(tag);
      }
    }
    if (keys.length != values.length) {
      throw new OsmFormatException("OSM PBF: way " + id + " has unequal key and value lists");
    }
    Map<String, String> tags = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      tags.put(block.string(keys[i]), block.string(values[i]));
    }
    long ref = 0;
    for (int i = 0; i < refs.length; i++) {
      ref += refs[i];
      refs[i] = ref;
    }
    handler.way(id, refs, tags);
  }

  /** Appends a repeated integer field, packed or not; sint64 (zigzag) or uint32. */
  private static long[] readPacked(CodedInputStream in, int tag, long[] into, boolean zigzag)
      throws IOException {
    long[] out = into;
    int n = into.length;
    if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
      int limit = in.pushLimit(in.readRawVarint32());
      while (in.getBytesUntilLimit() > 0) {
        if (n == out.length) {
          out = Arrays.copyOf(out, Math.max(16, 2 * n));
        }
        out[n++] = zigzag ? in.readSInt64() : in.readUInt32() & 0xffffffffL;
      }
      in.popLimit(limit);
    } else {
      out = Arrays.copyOf(out, n + 1);
      out[n++] = zigzag ? in.readSInt64() : in.readUInt32() & 0xffffffffL;
    }
    return Arrays.copyOf(out, n);
  }
}
