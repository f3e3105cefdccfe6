package org.civgis.geo.network.osm;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OSM XML (API 0.6, as written by the OSM API, osmium, JOSM and our own generators).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Every {@code <node>} with {@code lat} and {@code lon} and every {@code <way>} with its
 *       {@code <nd ref>} and {@code <tag k v>} is reported in file order; ids may be negative (new
 *       objects in JOSM files and generated files).
 *   <li>Objects marked {@code action="delete"} or {@code visible="false"} are skipped.
 *   <li>A malformed file stops with an {@link OsmFormatException} naming the line.
 * </ol>
 */
public final class OsmXmlReader {
  private OsmXmlReader() {}

  public static void read(InputStream in, OsmHandler handler) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(in, "UTF-8");
      long wayId = 0;
      boolean inWay = false;
      boolean skipWay = false;
      long[] refs = new long[16];
      int refCount = 0;
      Map<String, String> tags = new HashMap<>();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "node" -> {
              if (!deleted(xml) && xml.getAttributeValue(null, "lat") != null) {
                handler.node(
                    parseLong(xml, "id"), parseDouble(xml, "lon"), parseDouble(xml, "lat"));
              }
            }
            case "way" -> {
              inWay = true;
              skipWay = deleted(xml);
              wayId = parseLong(xml, "id");
              refCount = 0;
              tags = new HashMap<>();
            }
            case "nd" -> {
              if (inWay) {
                if (refCount == refs.length) {
                  refs = java.util.Arrays.copyOf(refs, 2 * refCount);
                }
                refs[refCount++] = parseLong(xml, "ref");
              }
            }
            case "tag" -> {
              if (inWay) {
                String k = xml.getAttributeValue(null, "k");
                String v = xml.getAttributeValue(null, "v");
                if (k != null && v != null) {
                  tags.put(k, v);
                }
              }
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("way")) {
          if (!skipWay) {
            handler.way(wayId, java.util.Arrays.copyOf(refs, refCount), tags);
          }
          inWay = false;
        }
      }
    } catch (XMLStreamException e) {
      throw new OsmFormatException("OSM XML: " + e.getMessage(), e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // nothing more to read
        }
      }
    }
  }

  private static boolean deleted(XMLStreamReader xml) {
    return "delete".equals(xml.getAttributeValue(null, "action"))
        || "false".equals(xml.getAttributeValue(null, "visible"));
  }

  private static long parseLong(XMLStreamReader xml, String attribute) {
    String value = xml.getAttributeValue(null, attribute);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException | NullPointerException e) {
      throw new OsmFormatException(where(xml) + ": " + attribute + " is not an integer: " + value);
    }
  }

  private static double parseDouble(XMLStreamReader xml, String attribute) {
    String value = xml.getAttributeValue(null, attribute);
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException | NullPointerException e) {
      throw new OsmFormatException(where(xml) + ": " + attribute + " is not a number: " + value);
    }
  }

  private static String where(XMLStreamReader xml) {
    return "OSM XML line " + xml.getLocation().getLineNumber();
  }
}
