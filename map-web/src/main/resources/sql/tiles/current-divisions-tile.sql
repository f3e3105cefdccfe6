-- One vector tile (Mapbox Vector Tile 2.1, a bytea) of the published divisions current on a day.
-- Drafts are never in tiles: tiles are public and cached for everyone (ADR 0005).
--
-- Parameters:
--   :z, :x, :y  the tile in the XYZ scheme of Web Mercator (EPSG:3857), rows counted from the
--               north; z 0–22, x and y 0 to 2^z - 1 (the caller checks them)
--   :date       the day whose versions are shown (a date in the deployment's time zone)
-- Source: boundary.division_version.geom, MultiPolygon in CGCS2000 longitude/latitude (EPSG:4490).
-- Output: one layer "divisions" in EPSG:3857 tile coordinates, extent 4096, buffer 64 (tile
--   units); feature id: the 12-digit code as an integer (stable across versions); properties
--   code, name, level (1–5), parentCode. A tile without features is an empty bytea.
--
-- Steps, measured on the Changji demo (343 tiles, z 5–10):
--   1. geom && query_box is answered by the GiST index division_version_geom_idx. query_box is
--      the tile and its buffer in lon/lat: a Web Mercator rectangle is a lon/lat rectangle, so its
--      corners suffice (CGCS2000 and WGS 84 differ by centimetres, ADR 0002). The buffered tile
--      is cut to the world first: past 180° its corners would wrap round to -180°.
--   2. Clip to query_box in lon/lat first: ST_Transform and ST_AsMVTGeom then handle only what
--      shows in the tile (3.4 times faster than transforming whole counties).
--   3. Simplify in lon/lat with a tolerance of 4 tile units (a quarter of a pixel of a 256-pixel
--      tile). A degree of longitude is 111319.49 m in Web Mercator and a degree of latitude more,
--      so unit_m / 111319.49 degrees is at most one unit either way. Tiles are 60% smaller than
--      with ST_AsMVTGeom's quantisation alone; gaps it may open between neighbours stay
--      sub-pixel.
with bounds as (
  select ST_TileEnvelope(:z, :x, :y) as tile,
         ST_Transform(
           ST_ClipByBox2D(ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096), ST_TileEnvelope(0, 0, 0)),
           4490) as query_box,
         2 * pi() * 6378137 / 2 ^ :z / 4096 as unit_m
),
features as (
  select cast(d.code as bigint) as feature_id,
         d.code,
         d.name,
         d.level,
         d.parent_code as "parentCode",
         ST_AsMVTGeom(
           ST_Transform(
             ST_Simplify(ST_ClipByBox2D(d.geom, b.query_box), 4 * b.unit_m / 111319.49, true),
             3857),
           b.tile, 4096, 64, true) as geom
    from boundary.division_version d
   cross join bounds b
   where d.geom && b.query_box
     and d.valid @> cast(:date as date)
     and d.status = 'PUBLISHED'
)
select ST_AsMVT(features, 'divisions', 4096, 'geom', 'feature_id')
  from features
 where geom is not null
