-- The database work of one PUT on a division, done directly: read the current version, update it
-- against its revision, write the audit row with before and after as GeoJSON. pgbench script;
-- The county is 奇台县 (652325000000), as in put.sh.
\set r random(1, 1000000000)
BEGIN;
SELECT id, revision, ST_AsEWKB(geom) FROM boundary.division_version
 WHERE code = '652325000000' AND valid @> current_date AND status <> 'WITHDRAWN';
UPDATE boundary.division_version
   SET remarks = 'baseline ' || :r, geom = geom, revision = revision + 1
 WHERE code = '652325000000' AND valid @> current_date AND status <> 'WITHDRAWN';
INSERT INTO platform.audit_event (actor_name, action, collection, feature_id, before, after)
SELECT 'bench', 'UPDATE', 'divisions', code, ST_AsGeoJSON(geom)::jsonb, ST_AsGeoJSON(geom)::jsonb
  FROM boundary.division_version
 WHERE code = '652325000000' AND valid @> current_date AND status <> 'WITHDRAWN';
COMMIT;
