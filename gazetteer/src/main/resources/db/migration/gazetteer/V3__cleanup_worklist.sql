-- The cleanup worklist of non-standard names (不规范地名清理): one row per flagged name, kept
-- across batch runs so that its status (OPEN, IN_PROGRESS, DONE, WAIVED) and note survive a rerun.
create table cleanup_item (
  place_name_id    bigint primary key references place_name (id),
  county_code      varchar(12) not null,
  name             text not null,
  reason_codes     text[] not null,
  severity         text not null,
  suggested_action text not null,
  warnings         jsonb not null,
  status           text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'WAIVED')),
  note             text,
  checked_at       timestamptz not null,
  updated_by       text,
  updated_at       timestamptz,
  check (status <> 'WAIVED' or length(btrim(coalesce(note, ''))) > 0)
);
create index cleanup_item_county_idx on cleanup_item (county_code, status);
