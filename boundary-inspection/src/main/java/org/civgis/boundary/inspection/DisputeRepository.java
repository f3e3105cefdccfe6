package org.civgis.boundary.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.geom.Ewkb;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes disputes. The area is measured in the Gauss-Krüger zone of the area's centre.
 * Writes join the caller's transaction; a change succeeds only against the revision it was based
 * on.
 */
public final class DisputeRepository {
  private static final String COLUMNS =
      """
      id, revision, round_id, line_code, title, ST_AsEWKB(area) as area, area_m2, parties, status,
      resolution, documents::text as documents, created_by
      """;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  public DisputeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The area of {@code area} in square metres in its Gauss-Krüger zone. */
  public static double areaSquareMeters(MultiPolygon area) {
    return GaussKrugerProjection.forGeometry(area).toZone(area).getArea();
  }

  public Dispute insert(Dispute d) {
    long id =
        jdbc.sql(
                """
                insert into boundary.dispute
                  (round_id, line_code, title, area, area_m2, parties, status, resolution,
                   documents, created_by)
                values (:round, :line, :title, ST_GeomFromEWKB(cast(:area as bytea)), :areaM2,
                        cast(:parties as varchar(12)[]), :status, :resolution,
                        cast(:documents as jsonb), :by)
                returning id
                """)
            .param("round", d.roundId())
            .param("line", d.lineCode())
            .param("title", d.title())
            .param("area", Ewkb.write(d.area()))
            .param("areaM2", areaSquareMeters(d.area()))
            .param("parties", "{" + String.join(",", d.parties()) + "}")
            .param("status", d.status())
            .param("resolution", d.resolution())
            .param("documents", JSON.writeValueAsString(d.documents()))
            .param("by", d.createdBy())
            .query(Long.class)
            .single();
    return find(id).orElseThrow();
  }

  /** Sets status, resolution and documents if still at {@code expectedRevision}. */
  public Optional<Dispute> settle(
      long id,
      int expectedRevision,
      String status,
      String resolution,
      List<InspectionRound.RoundDocument> documents) {
    int rows =
        jdbc.sql(
                """
                update boundary.dispute
                   set status = :status, resolution = :resolution,
                       documents = cast(:documents as jsonb), revision = revision + 1
                 where id = :id and revision = :revision
                """)
            .param("status", status)
            .param("resolution", resolution)
            .param("documents", JSON.writeValueAsString(documents))
            .param("id", id)
            .param("revision", expectedRevision)
            .update();
    return rows == 1 ? find(id) : Optional.empty();
  }

  public Optional<Dispute> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from boundary.dispute where id = :id")
        .param("id", id)
        .query(DisputeRepository::map)
        .optional();
  }

  /** Disputes of a round, or all when {@code roundId} is null. */
  public List<Dispute> list(Long roundId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from boundary.dispute"
                + (roundId == null ? "" : " where round_id = :round")
                + " order by id")
        .params(roundId == null ? java.util.Map.of() : java.util.Map.of("round", roundId))
        .query(DisputeRepository::map)
        .list();
  }

  private static Dispute map(ResultSet rs, int row) throws SQLException {
    String[] parties = (String[]) rs.getArray("parties").getArray();
    List<InspectionRound.RoundDocument> documents =
        JSON.readValue(
            rs.getString("documents"), new TypeReference<List<InspectionRound.RoundDocument>>() {});
    return new Dispute(
        rs.getLong("id"),
        rs.getInt("revision"),
        (Long) rs.getObject("round_id"),
        rs.getString("line_code"),
        rs.getString("title"),
        (MultiPolygon) Ewkb.read(rs.getBytes("area")),
        rs.getDouble("area_m2"),
        new ArrayList<>(Arrays.asList(parties)),
        rs.getString("status"),
        rs.getString("resolution"),
        documents,
        rs.getString("created_by"));
  }
}
