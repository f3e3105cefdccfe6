package org.civgis.geo.network.osm;

import java.util.Map;
import java.util.Set;

/**
 * Which OSM ways a pedestrian may walk, and in which directions.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Walkable by default: {@code highway} = footway, path, steps, pedestrian, living_street,
 *       residential, service, unclassified, tertiary(_link), secondary(_link), primary(_link),
 *       track, cycleway, bridleway, corridor, platform, road.
 *   <li>{@code highway} = motorway(_link) and trunk(_link), and any way with {@code motorroad=yes},
 *       only with explicit {@code foot} = yes, designated or permissive.
 *   <li>{@code foot} = no, private or use_sidepath excludes the way; {@code foot} = yes, designated
 *       or permissive allows it whatever {@code access} says; otherwise {@code access} = no or
 *       private excludes it.
 *   <li>Everything else (construction, proposed, abandoned, areas without a highway tag, rail) is
 *       not walkable.
 *   <li>Ways are walked both ways; {@code oneway:foot} = yes (or -1) allows only the way's own
 *       direction (or only the opposite). A vehicle {@code oneway} does not bind pedestrians.
 * </ol>
 *
 * <p>Known limitations: barriers on nodes (a locked gate), turn restrictions and {@code
 * conditional} access are not read; a sidewalk mapped as its own way and the street it runs along
 * are both walkable.
 */
public final class WalkingAccess {
  /** Directions a way may be walked in. */
  public enum Directions {
    NONE,
    BOTH,
    FORWARD,
    BACKWARD
  }

  private static final Set<String> WALKABLE =
      Set.of(
          "footway",
          "path",
          "steps",
          "pedestrian",
          "living_street",
          "residential",
          "service",
          "unclassified",
          "tertiary",
          "tertiary_link",
          "secondary",
          "secondary_link",
          "primary",
          "primary_link",
          "track",
          "cycleway",
          "bridleway",
          "corridor",
          "platform",
          "road");
  private static final Set<String> ONLY_WITH_FOOT_TAG =
      Set.of("motorway", "motorway_link", "trunk", "trunk_link");
  private static final Set<String> FOOT_ALLOWED = Set.of("yes", "designated", "permissive");
  private static final Set<String> FOOT_FORBIDDEN = Set.of("no", "private", "use_sidepath");
  private static final Set<String> ACCESS_FORBIDDEN = Set.of("no", "private");

  private WalkingAccess() {}

  /** The directions a pedestrian may walk the way with these tags. */
  public static Directions of(Map<String, String> tags) {
    String highway = tags.get("highway");
    if (highway == null) {
      return Directions.NONE;
    }
    String foot = tags.get("foot");
    boolean footAllowed = foot != null && FOOT_ALLOWED.contains(foot);
    if (foot != null && FOOT_FORBIDDEN.contains(foot)) {
      return Directions.NONE;
    }
    boolean motorRoad = ONLY_WITH_FOOT_TAG.contains(highway) || "yes".equals(tags.get("motorroad"));
    if (motorRoad && !footAllowed) {
      return Directions.NONE;
    }
    if (!motorRoad && !WALKABLE.contains(highway)) {
      return Directions.NONE;
    }
    String access = tags.get("access");
    if (!footAllowed && access != null && ACCESS_FORBIDDEN.contains(access)) {
      return Directions.NONE;
    }
    String oneway = tags.get("oneway:foot");
    if ("yes".equals(oneway) || "true".equals(oneway) || "1".equals(oneway)) {
      return Directions.FORWARD;
    }
    if ("-1".equals(oneway)) {
      return Directions.BACKWARD;
    }
    return Directions.BOTH;
  }
}
