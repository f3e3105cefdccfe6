package org.civgis.web.boundary;

import java.util.List;
import org.civgis.boundary.change.ChangeImpactSource;
import org.civgis.boundary.change.ImpactQuery;
import org.civgis.boundary.change.ImpactedFeature;
import org.civgis.geo.geom.Ewkb;
import org.civgis.web.config.SqlResources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The standard place names a division change touches; SQL: {@value #SQL}. The gazetteer's table is
 * read here, where both modules meet, so that neither domain module reads the other's tables.
 */
@Component
class PlaceNameImpactSource implements ChangeImpactSource {
  static final String SQL = "sql/boundary/place-names-touched-by-change.sql";

  private final JdbcClient jdbc;
  private final String sql;

  PlaceNameImpactSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.sql = SqlResources.read(SQL);
  }

  @Override
  public String kind() {
    return "PLACE_NAME";
  }

  @Override
  public List<ImpactedFeature> find(ImpactQuery query) {
    return jdbc.sql(sql)
        .param("day", query.effective())
        .param("codes", query.affectedCodes().toArray(String[]::new))
        .param("renamed", query.renamedCodes().toArray(String[]::new))
        .param("area", Ewkb.write(query.changedArea()))
        .query(
            (rs, row) ->
                new ImpactedFeature(
                    kind(), rs.getString("id"), rs.getString("name"), rs.getString("reason")))
        .list();
  }
}
