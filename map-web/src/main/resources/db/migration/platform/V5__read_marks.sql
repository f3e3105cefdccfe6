-- The ETag each editor was last served per feature of an editable collection (ogc.ReadMarks): the
-- precondition of a later merge patch or delete that brings neither If-Match nor a version (QGIS
-- sends neither, docs/adr 0013). Here, not in an instance's memory, so that every instance knows
-- what any of them served, also after a restart. Recorded for editors of the collection only.
--
-- served_at has no index on purpose: a read of a page rewrites its marks, and without an index on
-- the changed columns PostgreSQL can update them in place (HOT; fillfactor leaves room for it).
-- The prune that reads served_at runs now and then (ReadMarks.prune) and may scan the table.
create table read_mark (
  user_id    bigint not null references app_user (id) on delete cascade,
  collection text not null,
  feature_id text not null,
  -- the strong ETag as sent, quotes included
  etag       text not null,
  served_at  timestamptz not null,
  primary key (user_id, collection, feature_id)
) with (fillfactor = 80);
