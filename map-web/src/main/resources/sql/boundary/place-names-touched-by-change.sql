-- The standard place names a division change touches (its impact list).
--
-- Parameters:
--   :day       the change's effective day; names standard then (ANNOUNCED or FILED, valid @> day)
--   :codes     the 12-digit codes of the divisions that get new versions (text[]; may be empty)
--   :renamed   those among them whose name changes (text[]; may be empty)
--   :area      EWKB of the ground that changes hands (CGCS2000 lon/lat, SRID 4490), or null
-- Output: id, name, reason (Chinese), one row per name, in id order.
--   A name of a division that is renamed must itself be renamed; a name of a division whose area
--   changes keeps its name but not its extent; a name lying in the ground that changes hands
--   changes its containing division (the boundary itself does not count: ST_Touches is excluded).
with area as (
  select ST_GeomFromEWKB(cast(:area as bytea)) as g
),
touched as (
  select p.id, p.standard_name as name,
         case
           when p.division_code = any(cast(:renamed as text[])) and p.category_code like '04%'
             then '所指区划更名，地名须办理更名'
           when p.division_code = any(cast(:renamed as text[]))
             then '所在区划更名'
           when p.division_code = any(cast(:codes as text[])) and p.category_code like '04%'
             then '所指区划的范围随调整改变'
           else '位于调整区域内，所在区划改变'
         end as reason
    from gazetteer.place_name p, area
   where p.status in ('ANNOUNCED', 'FILED')
     and p.valid @> cast(:day as date)
     and (p.division_code = any(cast(:codes as text[]))
          and (p.division_code = any(cast(:renamed as text[])) or p.category_code like '04%')
          or (area.g is not null and p.geom is not null and p.geom && area.g
              and ST_Intersects(p.geom, area.g) and not ST_Touches(p.geom, area.g)))
)
select id, name, reason from touched order by id
