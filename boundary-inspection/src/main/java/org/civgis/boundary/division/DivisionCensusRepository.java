package org.civgis.boundary.division;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes census figures of divisions. Writes join the caller's transaction. */
public final class DivisionCensusRepository {
  private static final TypeReference<LinkedHashMap<String, Double>> FIGURES =
      new TypeReference<>() {};
  private static final String COLUMNS =
      """
      code, census_year, resident_population, sex_ratio, ethnic_minority_share, urban_share,
      age_band_shares::text as age_band_shares, other_figures::text as other_figures, source
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  public DivisionCensusRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The figures of division {@code code} in {@code censusYear}. */
  public Optional<DivisionCensus> find(String code, int censusYear) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from boundary.division_census where code = :code and census_year = :year")
        .param("code", code)
        .param("year", censusYear)
        .query(this::map)
        .optional();
  }

  /** The figures of every division in {@code codes} that has some for {@code censusYear}. */
  public List<DivisionCensus> findAll(List<String> codes, int censusYear) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from boundary.division_census where code in (:codes) and census_year = :year"
                + " order by code")
        .param("codes", codes)
        .param("year", censusYear)
        .query(this::map)
        .list();
  }

  /** Stores figures; the database refuses a second row for the same code and year. */
  public void insert(DivisionCensus census) {
    jdbc.sql(
            """
            insert into boundary.division_census
              (code, census_year, resident_population, sex_ratio, ethnic_minority_share,
               urban_share, age_band_shares, other_figures, source)
            values (:code, :year, :population, :sexRatio, :ethnicMinorityShare, :urbanShare,
                    cast(:ageBands as jsonb), cast(:other as jsonb), :source)
            """)
        .param("code", census.code())
        .param("year", census.censusYear())
        .param("population", census.residentPopulation())
        .param("sexRatio", census.sexRatio())
        .param("ethnicMinorityShare", census.ethnicMinorityShare())
        .param("urbanShare", census.urbanShare())
        .param("ageBands", json.writeValueAsString(census.ageBandShares()))
        .param("other", json.writeValueAsString(census.otherFigures()))
        .param("source", census.source())
        .update();
  }

  /** Removes the figures that come from any of {@code sources}; returns the rows. */
  public int deleteBySource(List<String> sources) {
    if (sources.isEmpty()) {
      return 0;
    }
    return jdbc.sql("delete from boundary.division_census where source in (:sources)")
        .param("sources", sources)
        .update();
  }

  private DivisionCensus map(ResultSet rs, int row) throws SQLException {
    return new DivisionCensus(
        rs.getString("code"),
        rs.getInt("census_year"),
        rs.getLong("resident_population"),
        nullableDouble(rs, "sex_ratio"),
        nullableDouble(rs, "ethnic_minority_share"),
        nullableDouble(rs, "urban_share"),
        figures(rs.getString("age_band_shares")),
        figures(rs.getString("other_figures")),
        rs.getString("source"));
  }

  private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? null : value.doubleValue();
  }

  private Map<String, Double> figures(String text) {
    return json.readValue(text, FIGURES);
  }
}
