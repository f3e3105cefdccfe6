-- A legal change of one division's outline (界线调整) that no neighbour takes part in: a change kind
-- of its own, next to TRANSFER (area moves between neighbours).
alter table division_change drop constraint division_change_kind_check;
alter table division_change add constraint division_change_kind_check check (kind in
  ('RENAME', 'UPGRADE', 'ESTABLISH', 'ABOLISH', 'REPLACE', 'MERGE', 'SPLIT', 'TRANSFER', 'BOUNDARY'));
