package org.civgis.data.changji.urban;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.civgis.gazetteer.address.AddressKind;
import org.civgis.gazetteer.address.AddressStatus;
import org.civgis.gazetteer.address.DivisionChain;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;
import org.civgis.gazetteer.sign.MissingSignFinder;
import org.civgis.gazetteer.sign.PlaceNameSign;
import org.civgis.gazetteer.sign.RepairTask;
import org.civgis.gazetteer.sign.SignCondition;
import org.civgis.gazetteer.sign.SignPatrol;
import org.civgis.gazetteer.sign.SignType;
import org.civgis.geo.geom.LabelPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * Generated place-name signs of the urban area, with their patrols and repairs; some deliberately
 * wrong or missing, so that the checks have something to find.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Road, street and lane signs stand near the places {@link MissingSignFinder} requires (both
 *       ends and every meeting with another named road), 8 to 15 m off; about one place in fourteen
 *       has none (a missing sign).
 *   <li>Signs installed before their road was renamed still show the former name unless they were
 *       replaced (about seven in ten were); a few signs have a wrong romanization (mixed case,
 *       English words, syllables written apart or run together) or a wrong character; the rest show
 *       the standard name and its sign form.
 *   <li>About a third of the house numbers have a plate (a few with a wrong number or the former
 *       road name), most buildings a building plate; every community and village a sign at its
 *       label point; main roads a boundary sign where they enter another street.
 *   <li>Each sign was patrolled one to three times at its type's interval before {@link
 *       ChangjiUrban#DEMO_DAY}; the last patrol found its present condition, and a damaged or
 *       missing sign has an open repair task. Some signs are overdue on that day.
 * </ol>
 */
final class UrbanSigns {
  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();
  private static final double SIGN_TOLERANCE_METERS = 30;

  private final SplittableRandom random = UrbanLayout.random("signs");
  private final List<GeneratedSign> out = new ArrayList<>();
  private final String countyCode6;

  private UrbanSigns(String countyCode6) {
    this.countyCode6 = countyCode6;
  }

  static List<GeneratedSign> generate(
      List<UrbanRoad> roads,
      List<GeneratedAddress> addresses,
      Map<String, MultiPolygon> polygons,
      Map<String, String> namesOfDivisions,
      String countyCode6) {
    UrbanSigns signs = new UrbanSigns(countyCode6);
    signs.roadSigns(roads);
    signs.plates(addresses);
    signs.communitySigns(polygons, namesOfDivisions);
    signs.boundarySigns(roads, polygons, namesOfDivisions);
    return signs.out;
  }

  private void roadSigns(List<UrbanRoad> roads) {
    Map<String, UrbanRoad> byCode = new LinkedHashMap<>();
    List<MissingSignFinder.Road> named = new ArrayList<>();
    for (UrbanRoad road : roads) {
      byCode.put(road.code(), road);
      named.add(new MissingSignFinder.Road(road.code(), road.name(), road.line()));
    }
    for (MissingSignFinder.Requirement place :
        MissingSignFinder.requirements(named, List.of(), SIGN_TOLERANCE_METERS)) {
      if (random.nextInt(14) == 0) {
        continue; // deliberately missing
      }
      UrbanRoad road = byCode.get(place.roadCode());
      LocalDate installed = day(2008, 2025);
      String text = road.name();
      if (road.renamed() && installed.isBefore(road.renamedOn())) {
        if (random.nextInt(10) < 7) {
          installed = road.renamedOn().plusDays(30 + random.nextInt(400));
        } else {
          text = road.formerName();
        }
      }
      String romanization = ROMANIZER.romanize(text).signForm();
      int fault = random.nextInt(100);
      if (text.equals(road.name()) && fault < 4) {
        romanization = wrongRomanization(romanization, fault);
      } else if (text.equals(road.name()) && fault < 6) {
        text = wrongCharacter(text);
      }
      boolean lane = road.roadClass() == RoadClass.LANE;
      add(
          SignType.forRoadName(road.name()),
          near(place.point(), 8, 15),
          road.code(),
          null,
          text,
          romanization,
          "铝合金反光膜",
          lane ? 1000 : 1200,
          lane ? 300 : 400,
          installed);
    }
  }

  private void plates(List<GeneratedAddress> addresses) {
    Map<String, StandardAddress> formerByCode = new LinkedHashMap<>();
    for (GeneratedAddress g : addresses) {
      StandardAddress a = g.address();
      if (a.status() == AddressStatus.SUPERSEDED) {
        formerByCode.put(a.code(), a);
        continue;
      }
      boolean house = a.kind() == AddressKind.HOUSE_NUMBER;
      boolean building = a.kind() == AddressKind.BUILDING;
      if (!(house && random.nextInt(3) == 0) && !(building && random.nextInt(10) < 7)) {
        continue;
      }
      LocalDate installed = day(2012, 2025);
      StandardAddress shown = a;
      StandardAddress former = formerByCode.get(a.code());
      if (former != null && installed.isBefore(a.validFrom()) && random.nextInt(2) == 0) {
        shown = former;
      }
      if (house) {
        String text = shown.localText();
        if (random.nextInt(100) == 0) {
          text = shown.roadName() + (a.houseNumber().value() + 2) + "号";
        }
        add(
            SignType.HOUSE_NUMBER,
            a.point(),
            null,
            a.code(),
            text,
            ROMANIZER.romanize(shown.roadName()).signForm(),
            "搪瓷",
            300,
            200,
            installed);
      } else {
        String text = (a.compoundName() == null ? "" : a.compoundName()) + a.building() + "栋";
        add(SignType.BUILDING, a.point(), null, a.code(), text, null, "铝板", 400, 300, installed);
      }
    }
  }

  private void communitySigns(Map<String, MultiPolygon> polygons, Map<String, String> names) {
    for (Map.Entry<String, MultiPolygon> e : polygons.entrySet()) {
      String code = e.getKey();
      if (code.endsWith("000")) {
        continue; // a street
      }
      String name = DivisionChain.withoutCommittee(names.get(code));
      boolean village = name.endsWith("村");
      add(
          village ? SignType.VILLAGE : SignType.COMMUNITY,
          near(LabelPoint.of(e.getValue()), 5, 20),
          code,
          null,
          name,
          ROMANIZER.romanize(name).signForm(),
          village ? "不锈钢" : "铝合金反光膜",
          village ? 1600 : 1500,
          village ? 800 : 600,
          day(2010, 2024));
    }
  }

  /** Where a main road enters another street, a sign with that street's name. */
  private void boundarySigns(
      List<UrbanRoad> roads, Map<String, MultiPolygon> polygons, Map<String, String> names) {
    for (UrbanRoad road : roads) {
      if (road.roadClass() != RoadClass.MAIN) {
        continue;
      }
      Coordinate[] cs = road.line().getCoordinates();
      String previous = null;
      for (int i = 0; i + 1 < cs.length; i++) {
        Point middle =
            UrbanDivisions.FACTORY.createPoint(
                new Coordinate((cs[i].x + cs[i + 1].x) / 2, (cs[i].y + cs[i + 1].y) / 2));
        String street = streetAt(middle, polygons);
        if (street != null && previous != null && !street.equals(previous)) {
          String name = names.get(street);
          add(
              SignType.BOUNDARY,
              near(UrbanDivisions.FACTORY.createPoint(cs[i]), 10, 20),
              street,
              null,
              name,
              ROMANIZER.romanize(name).signForm(),
              "铝合金反光膜",
              1200,
              600,
              day(2015, 2024));
        }
        if (street != null) {
          previous = street;
        }
      }
    }
  }

  private static String streetAt(Point p, Map<String, MultiPolygon> polygons) {
    for (Map.Entry<String, MultiPolygon> e : polygons.entrySet()) {
      if (e.getKey().endsWith("000") && e.getValue().contains(p)) {
        return e.getKey();
      }
    }
    return null;
  }

  private void add(
      SignType type,
      Point point,
      String placeNameCode,
      String addressCode,
      String text,
      String romanization,
      String material,
      int width,
      int height,
      LocalDate installed) {
    SignCondition condition = condition();
    String code = countyCode6 + "-S" + String.format("%06d", out.size() + 1);
    PlaceNameSign sign =
        new PlaceNameSign(
            0,
            1,
            code,
            type,
            point,
            true,
            placeNameCode,
            addressCode,
            text,
            romanization,
            material,
            width,
            height,
            INSTALLERS[random.nextInt(INSTALLERS.length)],
            installed,
            condition,
            null,
            null,
            ChangjiUrban.SOURCE);
    List<SignPatrol> patrols = new ArrayList<>();
    List<RepairTask> repairs = new ArrayList<>();
    int interval = intervalDays(type);
    boolean plate = type.showsAddress();
    int count = plate ? random.nextInt(2) : 1 + random.nextInt(3);
    LocalDate last = ChangjiUrban.DEMO_DAY.minusDays(1 + random.nextInt((int) (interval * 1.3)));
    for (int k = count - 1; k >= 0; k--) {
      LocalDate on = last.minusDays((long) k * interval);
      if (on.isBefore(installed)) {
        continue;
      }
      SignCondition found = k == 0 ? condition : SignCondition.GOOD;
      patrols.add(
          new SignPatrol(
              0,
              0,
              on,
              PATROLLERS[random.nextInt(PATROLLERS.length)],
              found,
              fault(found),
              found.needsRepair(),
              null,
              null));
    }
    if (condition.needsRepair() && !patrols.isEmpty()) {
      SignPatrol lastPatrol = patrols.get(patrols.size() - 1);
      repairs.add(
          new RepairTask(
              0,
              1,
              0,
              (long) (patrols.size() - 1),
              condition == SignCondition.MISSING ? "补设标志" : "维修或更换标志：" + lastPatrol.fault(),
              RepairTask.Status.OPEN,
              lastPatrol.patrolledOn(),
              lastPatrol.patrolledOn().plusDays(30),
              null,
              null,
              null));
    }
    out.add(new GeneratedSign(sign, patrols, repairs));
  }

  private static final String[] INSTALLERS = {"昌吉市民政局", "昌吉市地名办公室", "街道办事处"};
  private static final String[] PATROLLERS = {"地名办巡检组", "街道网格员", "社区工作人员"};

  private SignCondition condition() {
    int r = random.nextInt(100);
    return r < 80
        ? SignCondition.GOOD
        : r < 92 ? SignCondition.WORN : r < 97 ? SignCondition.DAMAGED : SignCondition.MISSING;
  }

  private static String fault(SignCondition found) {
    return switch (found) {
      case GOOD -> null;
      case WORN -> "字迹褪色，反光膜老化";
      case DAMAGED -> "板面变形，立柱倾斜";
      case MISSING -> "标志牌丢失";
    };
  }

  static int intervalDays(SignType type) {
    return switch (type) {
      case ROAD, STREET, LANE -> 90;
      case COMMUNITY, VILLAGE, BOUNDARY -> 180;
      case HOUSE_NUMBER, BUILDING -> 365;
    };
  }

  private LocalDate day(int fromYear, int toYear) {
    LocalDate start = LocalDate.of(fromYear, 1, 1);
    long days = LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay();
    return start.plusDays(random.nextLong(days + 1));
  }

  /** A point 'min' to 'max' metres from {@code p} in a random direction. */
  private Point near(Point p, double minMeters, double maxMeters) {
    double angle = random.nextDouble() * 2 * Math.PI;
    double d = (minMeters + random.nextDouble() * (maxMeters - minMeters)) / 1000;
    double x =
        (p.getX() - UrbanLayout.CENTRE_LON) * UrbanLayout.KM_PER_DEGREE_LON + d * Math.cos(angle);
    double y =
        (p.getY() - UrbanLayout.CENTRE_LAT) * UrbanLayout.KM_PER_DEGREE_LAT + d * Math.sin(angle);
    return UrbanAddresses.point(x, y);
  }

  /** A sign form written wrongly, in one of the ways seen on real signs. */
  private static String wrongRomanization(String signForm, int kind) {
    String wrong =
        switch (kind) {
          case 0 -> capitalised(signForm);
          case 1 ->
              signForm
                  .replace(" LU", " ROAD")
                  .replace(" JIE", " STREET")
                  .replace(" XIANG", " LANE");
          case 2 -> signForm.replace(" ", "");
          default -> spaced(signForm);
        };
    return wrong.equals(signForm) ? capitalised(signForm) : wrong;
  }

  private static String capitalised(String signForm) {
    StringBuilder b = new StringBuilder();
    for (String word : signForm.split(" ")) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return b.toString();
  }

  /** Syllables written apart: BEIJING NANLU → BEI JING NAN LU (split before each initial). */
  private static String spaced(String signForm) {
    return signForm
        .replaceAll("(?<=[AEIOUNG])(?=[BPMFDTLKHJQXZCSRWY])", " ")
        .replaceAll("\\s+", " ");
  }

  /** The text with one character replaced by a look-alike or its traditional form. */
  private static String wrongCharacter(String text) {
    String[][] swaps = {{"国", "囯"}, {"宁", "寧"}, {"东", "東"}, {"路", "道"}, {"京", "亰"}, {"街", "衔"}};
    for (String[] swap : swaps) {
      if (text.contains(swap[0])) {
        return text.replaceFirst(swap[0], swap[1]);
      }
    }
    return text.substring(0, text.length() - 1) + "道";
  }
}
