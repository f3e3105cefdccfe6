package org.civgis.data.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.data.changji.urban.CareCircleDemo;
import org.civgis.data.changji.urban.ChangjiUrban;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.demand.DemandRepository;
import org.civgis.gazetteer.facility.FacilityRepository;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.placename.SearchKeys;
import org.civgis.gazetteer.sign.PlaceNameSign;
import org.civgis.gazetteer.sign.RepairTask;
import org.civgis.gazetteer.sign.SignCompliance;
import org.civgis.gazetteer.sign.SignPatrol;
import org.civgis.gazetteer.sign.SignRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the generated urban demo ({@link ChangjiUrban}) in the loader's transaction: the roads as
 * place names, the addresses, the signs with their patrols and repairs, then the signs' compliance,
 * checked the way the app checks it, and the facilities and demand of the care circle.
 */
final class UrbanDemoWriter {
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final PlaceNameRepository names;
  private final AddressRepository addresses;
  private final SignRepository signs;
  private final SignCompliance compliance;

  UrbanDemoWriter(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
    this.names = new PlaceNameRepository(jdbc);
    this.addresses = new AddressRepository(jdbc, template);
    this.signs = new SignRepository(jdbc, template);
    this.compliance = new SignCompliance(jdbc, template);
  }

  /** Deletes the rows of an earlier load (children before parents). */
  void delete() {
    String signsOfDemo = "(select id from gazetteer.place_name_sign where source = :source)";
    jdbc.sql("delete from gazetteer.sign_repair_task where sign_id in " + signsOfDemo)
        .param("source", ChangjiUrban.SOURCE)
        .update();
    jdbc.sql("delete from gazetteer.sign_patrol where sign_id in " + signsOfDemo)
        .param("source", ChangjiUrban.SOURCE)
        .update();
    for (String table : List.of("place_name_sign", "address", "facility", "demand_point")) {
      jdbc.sql("delete from gazetteer." + table + " where source = :source")
          .param("source", ChangjiUrban.SOURCE)
          .update();
    }
    addresses.resetCodeSequences();
    jdbc.sql(
            "delete from gazetteer.cleanup_item where place_name_id in"
                + " (select id from gazetteer.place_name where source = :source)")
        .param("source", ChangjiUrban.SOURCE)
        .update();
    jdbc.sql("delete from gazetteer.place_name where source = :source")
        .param("source", ChangjiUrban.SOURCE)
        .update();
  }

  /** Writes the demo; returns the rows written per table. */
  Map<String, Integer> write(ChangjiUrban urban, CareCircleDemo careCircle) {
    long[] currentName = new long[urban.roads().size()];
    long[] formerName = new long[urban.roads().size()];
    List<Long> nameIds = new ArrayList<>();
    for (ChangjiUrban.RoadName entry : urban.roadNames()) {
      PlaceName name = entry.name();
      if (entry.supersedes() >= 0) {
        name = name.withSupersedes(nameIds.get(entry.supersedes()));
      }
      long id =
          names
              .insert(name, SearchKeys.of(name.text().standardName(), name.text().romanization()))
              .id();
      nameIds.add(id);
      if (name.status().isCurrentStandard()) {
        currentName[entry.road()] = id;
      } else {
        formerName[entry.road()] = id;
      }
    }

    long[] addressIds = addresses.reserveIds(urban.addresses().size());
    List<StandardAddress> rows = new ArrayList<>();
    for (int i = 0; i < urban.addresses().size(); i++) {
      var g = urban.addresses().get(i);
      StandardAddress a = g.address();
      rows.add(
          new StandardAddress(
              addressIds[i],
              1,
              a.code(),
              a.kind(),
              a.divisions(),
              a.roadCode(),
              g.onFormerName() ? formerName[g.road()] : currentName[g.road()],
              a.roadName(),
              a.houseNumber(),
              a.compoundName(),
              a.building(),
              a.unit(),
              a.room(),
              a.floor(),
              a.point(),
              a.pointGenerated(),
              a.status(),
              a.validFrom(),
              a.validTo(),
              g.supersedes() < 0 ? null : addressIds[g.supersedes()],
              a.source()));
    }
    addresses.insertAll(rows);

    int patrolCount = 0;
    int repairCount = 0;
    for (var g : urban.signs()) {
      patrolCount += g.patrols().size();
      repairCount += g.repairs().size();
    }
    long[] signIds = signs.reserveIds("place_name_sign", urban.signs().size());
    long[] patrolIds = signs.reserveIds("sign_patrol", Math.max(patrolCount, 1));
    long[] repairIds = signs.reserveIds("sign_repair_task", Math.max(repairCount, 1));
    List<PlaceNameSign> signRows = new ArrayList<>();
    List<SignPatrol> patrolRows = new ArrayList<>();
    List<RepairTask> repairRows = new ArrayList<>();
    int p = 0;
    int r = 0;
    for (int i = 0; i < urban.signs().size(); i++) {
      var g = urban.signs().get(i);
      PlaceNameSign s = g.sign();
      signRows.add(
          new PlaceNameSign(
              signIds[i],
              1,
              s.code(),
              s.type(),
              s.point(),
              s.pointGenerated(),
              s.placeNameCode(),
              s.addressCode(),
              s.installedText(),
              s.installedRomanization(),
              s.material(),
              s.widthMillimetres(),
              s.heightMillimetres(),
              s.installer(),
              s.installedOn(),
              s.condition(),
              s.removedOn(),
              s.remarks(),
              s.source()));
      int firstPatrol = p;
      for (SignPatrol patrol : g.patrols()) {
        patrolRows.add(
            new SignPatrol(
                patrolIds[p++],
                signIds[i],
                patrol.patrolledOn(),
                patrol.patroller(),
                patrol.condition(),
                patrol.fault(),
                patrol.repairNeeded(),
                patrol.note(),
                null));
      }
      for (RepairTask task : g.repairs()) {
        repairRows.add(
            new RepairTask(
                repairIds[r++],
                1,
                signIds[i],
                task.patrolId() == null
                    ? null
                    : patrolIds[firstPatrol + task.patrolId().intValue()],
                task.description(),
                task.status(),
                task.openedOn(),
                task.dueOn(),
                task.closedOn(),
                task.closedBy(),
                task.result()));
      }
    }
    signs.insertAll(signRows);
    signs.insertPatrols(patrolRows, "数据导入（示意数据）");
    signs.insertRepairs(repairRows);
    compliance.recheck(SignCompliance.Scope.all());

    new FacilityRepository(jdbc, template).insertAll(careCircle.facilities());
    new DemandRepository(jdbc, template).insertAll(careCircle.demand());

    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("gazetteer.place_name (roads)", nameIds.size());
    counts.put("gazetteer.address", rows.size());
    counts.put("gazetteer.place_name_sign", signRows.size());
    counts.put("gazetteer.sign_patrol", patrolRows.size());
    counts.put("gazetteer.sign_repair_task", repairRows.size());
    counts.put("gazetteer.facility", careCircle.facilities().size());
    counts.put("gazetteer.demand_point", careCircle.demand().size());
    return counts;
  }
}
