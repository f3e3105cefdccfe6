-- What a division change did beyond its codes: the area whose division changed, the impact it was
-- found to have when it was applied, and who applied it. Changes loaded from statistics vintages
-- have none of these (the vintages say what changed, not where).
--   changed_area  the ground that changed hands (a transfer, a new town cut from its township),
--                 CGCS2000 longitude/latitude; null for renames and upgrades
--   impact        the impact list as it was when the change was applied (JSON: kind, id, name,
--                 reason per item), kept as the record of the assessment
alter table division_change
  add column changed_area geometry(MultiPolygon, 4490),
  add column impact       jsonb,
  add column recorded_by  text,
  add column recorded_at  timestamptz;
create index division_change_area_idx on division_change using gist (changed_area);
