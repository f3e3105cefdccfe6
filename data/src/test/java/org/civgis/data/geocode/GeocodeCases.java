package org.civgis.data.geocode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civgis.gazetteer.address.geocode.GeocodeResult;

/** The geocoder's acceptance cases ({@code geocode/cases.tsv}) and how a result is judged. */
public record GeocodeCases(
    String category, String input, String level, String text, List<String> components) {

  /** The cases of the file, in its order. */
  public static List<GeocodeCases> read() {
    return read("/geocode/cases.tsv");
  }

  /** The cases of a file of the same columns ({@code /geocode/eval.tsv}), in its order. */
  public static List<GeocodeCases> read(String resource) {
    try (InputStream in = GeocodeCases.class.getResourceAsStream(resource)) {
      List<GeocodeCases> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new GeocodeCases(f[0], f[1], f[2], f[3], Arrays.asList(f[4].split("\\|", -1))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The components of a result in the order of the file. */
  public static List<String> components(GeocodeResult r) {
    return Arrays.asList(
        nz(r.county()),
        nz(r.township()),
        nz(r.community()),
        nz(r.road()),
        nz(r.houseNumber()),
        nz(r.building()),
        nz(r.unit()),
        nz(r.room()));
  }

  /** Whether {@code r} is right: level, matched text and every asserted component. */
  public boolean holds(GeocodeResult r) {
    if (!r.level().name().equals(level) || !nz(r.text()).equals(text)) {
      return false;
    }
    List<String> got = components(r);
    for (int i = 0; i < components.size(); i++) {
      if (!components.get(i).equals("*") && !components.get(i).equals(got.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The expected components with those not asserted taken from {@code r}. */
  public List<String> expectedComponents(GeocodeResult r) {
    List<String> got = components(r);
    List<String> out = new ArrayList<>(components);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).equals("*")) {
        out.set(i, got.get(i));
      }
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
