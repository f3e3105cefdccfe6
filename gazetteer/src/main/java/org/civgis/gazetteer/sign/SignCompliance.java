package org.civgis.gazetteer.sign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.gazetteer.address.DivisionChain;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.StandardAddress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the stored compliance of signs true to the place-name and address libraries.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A sign naming a feature must show its current standard name (for a community or village
 *       without the committee: 西街社区) and the sign form of its romanization (the official
 *       transliteration if one is recorded, else the pinyin, in capitals); its former names make an
 *       OUTDATED_NAME.
 *   <li>A house-number plate must show the current address from the road on (北京南路12号) and the
 *       road's sign form; a building plate the compound's name (if any), the building and 栋
 *       (天山花园3栋), without romanization. The address's earlier versions make an OUTDATED_NAME.
 *   <li>{@link #recheck} runs {@link ComplianceCheck} for the signs in scope and stores verdict,
 *       detail and what was expected, in the caller's transaction. Callers recheck after every
 *       write of a sign, after a renaming (the old name's code) and after addresses change.
 * </ol>
 */
public final class SignCompliance {
  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public SignCompliance(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Which signs to recheck. */
  public record Scope(
      Collection<Long> signIds,
      Collection<String> placeNameCodes,
      Collection<String> addressCodes) {

    public static Scope all() {
      return new Scope(null, null, null);
    }

    public static Scope sign(long id) {
      return new Scope(List.of(id), List.of(), List.of());
    }

    public static Scope placeName(String code) {
      return new Scope(List.of(), List.of(code), List.of());
    }

    public static Scope addresses(Collection<String> codes) {
      return new Scope(List.of(), List.of(), codes);
    }

    boolean everything() {
      return signIds == null && placeNameCodes == null && addressCodes == null;
    }
  }

  private record Target(
      long id,
      SignType type,
      String placeNameCode,
      String addressCode,
      String text,
      String romanization) {}

  /** Rechecks the standing signs in {@code scope}; returns how many got each verdict. */
  public Map<Compliance, Integer> recheck(Scope scope) {
    List<Target> targets = targets(scope);
    Set<String> nameCodes = new LinkedHashSet<>();
    Set<String> addressCodes = new LinkedHashSet<>();
    for (Target t : targets) {
      if (t.placeNameCode() != null) {
        nameCodes.add(t.placeNameCode());
      } else {
        addressCodes.add(t.addressCode());
      }
    }
    Map<String, SignExpectation> names = nameExpectations(nameCodes);
    Map<String, SignExpectation> plates = addressExpectations(addressCodes);
    Map<Compliance, Integer> counts = new EnumMap<>(Compliance.class);
    List<Object[]> updates = new ArrayList<>();
    for (Target t : targets) {
      SignExpectation expected =
          t.placeNameCode() != null
              ? names.getOrDefault(t.placeNameCode(), SignExpectation.notCurrent(List.of()))
              : plates.getOrDefault(
                  t.addressCode() + "|" + t.type(), SignExpectation.notCurrent(List.of()));
      ComplianceCheck.Finding finding = ComplianceCheck.check(t.text(), t.romanization(), expected);
      counts.merge(finding.compliance(), 1, Integer::sum);
      updates.add(
          new Object[] {
            finding.compliance().name(),
            finding.detail(),
            expected.text(),
            expected.romanization(),
            t.id()
          });
    }
    template.batchUpdate(
        "update gazetteer.place_name_sign set compliance = ?, compliance_detail = ?,"
            + " expected_text = ?, expected_romanization = ?, checked_at = now() where id = ?",
        updates);
    return counts;
  }

  private List<Target> targets(Scope scope) {
    String where =
        scope.everything()
            ? "true"
            : "(id = any(cast(:ids as bigint[])) or place_name_code = any(cast(:names as text[]))"
                + " or address_code = any(cast(:addresses as text[])))";
    JdbcClient.StatementSpec spec =
        jdbc.sql(
            "select id, sign_type, place_name_code, address_code, installed_text,"
                + " installed_romanization from gazetteer.place_name_sign"
                + " where removed_on is null and "
                + where
                + " order by id");
    if (!scope.everything()) {
      spec =
          spec.param("ids", longs(scope.signIds()))
              .param("names", strings(scope.placeNameCodes()))
              .param("addresses", strings(scope.addressCodes()));
    }
    return spec.query(
            (rs, row) ->
                new Target(
                    rs.getLong(1),
                    SignType.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  private Map<String, SignExpectation> nameExpectations(Set<String> codes) {
    Map<String, String> currentText = new HashMap<>();
    Map<String, String> currentRomanization = new HashMap<>();
    Map<String, List<String>> former = new HashMap<>();
    if (!codes.isEmpty()) {
      jdbc.sql(
              """
              select code, standard_name, coalesce(official_transliteration, romanization),
                     status in ('ANNOUNCED', 'FILED') and upper_inf(valid) as current
                from gazetteer.place_name
               where code = any(cast(:codes as text[])) and valid is not null
               order by code, lower(valid) nulls first, id
              """)
          .param("codes", strings(codes))
          .query(
              rs -> {
                String code = rs.getString(1);
                String name = DivisionChain.withoutCommittee(rs.getString(2));
                if (rs.getBoolean(4)) {
                  currentText.put(code, name);
                  currentRomanization.put(code, ComplianceCheck.signForm(rs.getString(3)));
                } else {
                  former.computeIfAbsent(code, c -> new ArrayList<>()).add(name);
                }
              });
    }
    Map<String, SignExpectation> expectations = new HashMap<>();
    for (String code : codes) {
      List<String> formerNames = former.getOrDefault(code, List.of());
      expectations.put(
          code,
          currentText.containsKey(code)
              ? new SignExpectation(
                  true, currentText.get(code), currentRomanization.get(code), formerNames)
              : SignExpectation.notCurrent(formerNames));
    }
    return expectations;
  }

  /**
   * Expectations by address code and plate type ({@code code|HOUSE_NUMBER}, {@code code|BUILDING}).
   */
  private Map<String, SignExpectation> addressExpectations(Set<String> codes) {
    Map<String, SignExpectation> expectations = new HashMap<>();
    if (codes.isEmpty()) {
      return expectations;
    }
    Map<String, List<String[]>> versions = new HashMap<>();
    jdbc.sql(
            """
            select a.code, a.status, a.road_name, a.house_number, a.house_number_suffix,
                   a.compound_name, a.building,
                   (select coalesce(p.official_transliteration, p.romanization)
                      from gazetteer.place_name p
                     where p.code = a.road_code and p.status in ('ANNOUNCED', 'FILED')
                       and upper_inf(p.valid)
                     limit 1) as road_romanization
              from gazetteer.address a
             where a.code = any(cast(:codes as text[]))
             order by a.code, lower(a.valid) nulls first, a.id
            """)
        .param("codes", strings(codes))
        .query(
            rs -> {
              String house =
                  rs.getString(3)
                      + StandardAddress.detailText(
                          new HouseNumber(rs.getInt(4), rs.getString(5)), null, null, null);
              String building =
                  rs.getString(7) == null
                      ? null
                      : (rs.getString(6) == null ? "" : rs.getString(6)) + rs.getString(7) + "栋";
              versions
                  .computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                  .add(new String[] {rs.getString(2), house, building, rs.getString(8)});
            });
    for (Map.Entry<String, List<String[]>> e : versions.entrySet()) {
      List<String> formerHouse = new ArrayList<>();
      List<String> formerBuilding = new ArrayList<>();
      String[] current = null;
      for (String[] v : e.getValue()) {
        if (v[0].equals("CURRENT")) {
          current = v;
        } else {
          formerHouse.add(v[1]);
          if (v[2] != null) {
            formerBuilding.add(v[2]);
          }
        }
      }
      String code = e.getKey();
      if (current == null) {
        expectations.put(code + "|HOUSE_NUMBER", SignExpectation.notCurrent(formerHouse));
        expectations.put(code + "|BUILDING", SignExpectation.notCurrent(formerBuilding));
      } else {
        expectations.put(
            code + "|HOUSE_NUMBER",
            new SignExpectation(
                true, current[1], ComplianceCheck.signForm(current[3]), formerHouse));
        if (current[2] != null) {
          expectations.put(
              code + "|BUILDING", new SignExpectation(true, current[2], null, formerBuilding));
        }
      }
    }
    return expectations;
  }

  private static Long[] longs(Collection<Long> values) {
    return values == null ? new Long[0] : values.toArray(Long[]::new);
  }

  private static String[] strings(Collection<String> values) {
    return values == null ? new String[0] : values.toArray(String[]::new);
  }
}
