-- One vector tile (Mapbox Vector Tile 2.1, a bytea) of the base map drawn from our own data, as it
-- was on a day: division outlines at every level, their names, place-name points, roads with their
-- names and the footways of the walking networks. Public and cached like the other tiles, so only
-- published divisions and standard names (valid on the day) are in it; never drafts or proposals.
--
-- Parameters:
--   :z, :x, :y  the tile in the XYZ scheme of Web Mercator (EPSG:3857), rows counted from the
--               north (the caller checks them)
--   :date       the day whose versions are shown (a date in the deployment's time zone)
-- Sources (CGCS2000 lon/lat, EPSG:4490):
--   boundary.division_version  polygons of the divisions that have one (kind "division") and their
--                              label points (kind "division-label")
--   gazetteer.place_name       points of the standard names without a division polygon (kind
--                              "place": townships and villages of the demo, which no open source
--                              has polygons of, are generated points) and lines (kind "road")
--   gazetteer.network_edge     edges of the walking networks that are no road of the place-name
--                              library (kind "path": footways, unnamed or differently named ways)
-- Output: one layer "base" in EPSG:3857 tile coordinates, extent 4096, buffer 64; feature ids are
--   numbers within the tile only; properties kind, name, level (1–5 for divisions, 0 otherwise),
--   category (place-name category code or the way's highway tag), generated (1 when the geometry
--   is generated, a 示意 position; 0 otherwise).
--
-- What is in a tile depends on the zoom, so that a tile of the prefecture stays small:
--   division outlines: level 1–3 from zoom 0, level 4 from zoom 9, level 5 from zoom 12;
--   division labels and places: level 1–3 from zoom 7, level 4 from zoom 9, the rest from 12;
--   roads from zoom 11, paths from zoom 13.
-- A label point is put only in the tile that contains it (not in the neighbours' buffers), so
-- that a label is drawn once. A division's label point is the centre of the largest circle inside
-- it, as the OGC API's labelPoint (geo-core LabelPoint): where a map writes the same name from its
-- own layer, the two coincide and decluttering keeps one.
with bounds as (
  select ST_TileEnvelope(:z, :x, :y) as tile,
         ST_Transform(
           ST_ClipByBox2D(ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096), ST_TileEnvelope(0, 0, 0)),
           4490) as query_box,
         ST_Transform(ST_TileEnvelope(:z, :x, :y), 4490) as inner_box,
         2 * pi() * 6378137 / 2 ^ :z / 4096 as unit_m
),
divisions as (
  select d.code, d.name, d.level, d.geom, d.source like '%generated%' as generated
    from boundary.division_version d
   cross join bounds b
   where d.geom && b.query_box
     and d.valid @> cast(:date as date)
     and d.status = 'PUBLISHED'
     and (d.level <= 3 or (d.level = 4 and :z >= 9) or (d.level = 5 and :z >= 12))
),
roads as (
  select p.standard_name as name, p.category_code as category, p.geom, p.geometry_generated
    from gazetteer.place_name p
   cross join bounds b
   where :z >= 11
     and p.geom && b.query_box
     and p.valid @> cast(:date as date)
     and GeometryType(p.geom) in ('LINESTRING', 'MULTILINESTRING')
),
features as (
  select 'division' as kind, d.name, d.level, '' as category, d.generated,
         ST_AsMVTGeom(
           ST_Transform(
             ST_Simplify(ST_ClipByBox2D(d.geom, b.query_box), 4 * b.unit_m / 111319.49, true),
             3857),
           b.tile, 4096, 64, true) as geom
    from divisions d
   cross join bounds b
  union all
  select 'division-label', d.name, d.level, '', d.generated,
         ST_AsMVTGeom(ST_Transform(l.point, 3857), b.tile, 4096, 64, true)
    from divisions d
   cross join bounds b
   cross join lateral (select (ST_MaximumInscribedCircle(d.geom)).center as point) l
   where (d.level <= 3 and :z >= 7 or d.level = 4 and :z >= 9 or d.level = 5)
     and ST_Intersects(l.point, b.inner_box)
  union all
  select 'place', p.standard_name, coalesce(dv.level, 0), p.category_code, p.geometry_generated,
         ST_AsMVTGeom(ST_Transform(p.geom, 3857), b.tile, 4096, 64, true)
    from gazetteer.place_name p
   cross join bounds b
    left join boundary.division_version dv
           on dv.code = p.code and dv.valid @> cast(:date as date) and dv.status = 'PUBLISHED'
   where p.geom && b.inner_box
     and ST_Intersects(p.geom, b.inner_box)
     and p.valid @> cast(:date as date)
     and GeometryType(p.geom) = 'POINT'
     and (dv.geom is null)
     and (coalesce(dv.level, 0) between 1 and 3 and :z >= 7
          or dv.level = 4 and :z >= 9
          or :z >= 12)
  union all
  select 'road', r.name, 0, r.category, r.geometry_generated,
         ST_AsMVTGeom(
           ST_Transform(
             ST_Simplify(ST_ClipByBox2D(r.geom, b.query_box), 2 * b.unit_m / 111319.49, true),
             3857),
           b.tile, 4096, 64, true)
    from roads r
   cross join bounds b
  union all
  select 'path', coalesce(e.name, ''), 0, coalesce(e.highway, ''), false,
         ST_AsMVTGeom(ST_Transform(e.geom, 3857), b.tile, 4096, 64, true)
    from gazetteer.network_edge e
   cross join bounds b
   where :z >= 13
     and e.geom && b.query_box
     and (e.name is null or not exists (select 1 from roads r where r.name = e.name))
),
numbered as (
  select row_number() over () as feature_id, kind, name, level, category,
         case when generated then 1 else 0 end as generated, geom
    from features
   where geom is not null
)
select ST_AsMVT(numbered, 'base', 4096, 'geom', 'feature_id')
  from numbered
