-- Field records of a round (外业踏勘), their photos, the findings of the round, disputes and patrols.
--
-- Records carry the id the field device gave them (a UUID): an upload repeated after a lost answer
-- finds its row and is stored once. Two records of one marker in one round from different devices
-- are both kept and flagged (conflict) for the desk to decide; nothing is overwritten.
--   measured      the averaged GPS position (CGCS2000), accuracy_m its horizontal accuracy,
--                 fixes how many fixes were averaged
--   deviation_m   distance between measured and recorded position in the marker's Gauss-Krüger
--                 zone, computed when the record is stored
create table marker_inspection (
  id                 uuid primary key,
  round_id           bigint not null references inspection_round (id),
  task_id            bigint references inspection_task (id),
  marker_id          bigint not null references boundary_marker (id),
  team               text not null,
  condition          text not null check (condition in ('INTACT', 'DAMAGED', 'DISPLACED', 'MISSING')),
  landmarks_complete boolean,
  measured           geometry(Point, 4490),
  accuracy_m         double precision check (accuracy_m >= 0),
  fixes              integer check (fixes >= 1),
  deviation_m        double precision,
  zone_epsg          integer,
  notes              text,
  observed_at        timestamptz not null,
  recorded_by        text not null,
  received_at        timestamptz not null default now(),
  conflict           boolean not null default false,
  accepted           boolean
);
create index marker_inspection_round_idx on marker_inspection (round_id, marker_id);

--   terrain_changed, line_identifiable, construction: the three questions of a segment (地形变化,
--   界线是否清晰可辨, 跨界建设)
create table segment_inspection (
  id                 uuid primary key,
  round_id           bigint not null references inspection_round (id),
  task_id            bigint not null references inspection_task (id),
  team               text not null,
  terrain_changed    boolean not null,
  line_identifiable  boolean not null,
  construction       boolean not null,
  notes              text,
  observed_at        timestamptz not null,
  recorded_by        text not null,
  received_at        timestamptz not null default now()
);
create index segment_inspection_round_idx on segment_inspection (round_id);

-- Photos of a field record, uploaded in pieces: received_bytes grows until size_bytes; a piece is
-- accepted only at the offset where the last one ended (a resent piece is acknowledged, not stored
-- twice). sha256 is the device's digest of the whole file, checked when the last piece arrives.
create table inspection_photo (
  id              uuid primary key,
  record_id       uuid not null,
  round_id        bigint not null references inspection_round (id),
  media_type      text not null check (media_type in ('image/jpeg', 'image/png', 'image/webp')),
  size_bytes      integer not null check (size_bytes > 0 and size_bytes <= 20971520),
  sha256          char(64) not null,
  received_bytes  integer not null default 0,
  content         bytea not null default ''::bytea,
  complete        boolean not null default false,
  uploaded_by     text not null,
  created_at      timestamptz not null default now()
);
create index inspection_photo_record_idx on inspection_photo (record_id);

-- Findings of a round (问题): from the desk check, from deviations over the tolerance, from the
-- field records, from conflicting records. A finding is resolved with its resolution.
--   origin    DESK_CHECK, DEVIATION, FIELD, CONFLICT
--   trend     for desk-check findings: NEW, or PERSISTING when the previous round had it too
--   key       what identifies the same finding across rounds: type and subjects
create table inspection_finding (
  id           bigint generated always as identity primary key,
  round_id     bigint not null references inspection_round (id),
  origin       text not null check (origin in ('DESK_CHECK', 'DEVIATION', 'FIELD', 'CONFLICT')),
  type         text not null,
  severity     text not null check (severity in ('ERROR', 'WARNING', 'INFO')),
  key          text not null,
  trend        text check (trend in ('NEW', 'PERSISTING')),
  line_code    text,
  marker_id    bigint references boundary_marker (id),
  geom         geometry(Geometry, 4490),
  measure      double precision,
  unit         text,
  detail       text not null,
  status       text not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
  resolution   text,
  resolved_by  text,
  resolved_at  timestamptz,
  revision     integer not null default 1 check (revision >= 1),
  unique (round_id, key)
);
create index inspection_finding_round_idx on inspection_finding (round_id, id);

-- Disputed areas (争议区) between two units and how they were settled.
create table dispute (
  id          bigint generated always as identity primary key,
  round_id    bigint references inspection_round (id),
  line_code   text,
  title       text not null check (length(btrim(title)) > 0),
  area        geometry(MultiPolygon, 4490) not null,
  area_m2     double precision not null,
  parties     varchar(12)[] not null check (cardinality(parties) >= 2),
  status      text not null default 'OPEN' check (status in ('OPEN', 'NEGOTIATING', 'RESOLVED')),
  resolution  text,
  documents   jsonb not null default '[]',
  created_by  text not null,
  created_at  timestamptz not null default now(),
  revision    integer not null default 1 check (revision >= 1)
);
create index dispute_area_idx on dispute using gist (area);

-- Daily boundary patrols (平安边界巡查), recorded against a line.
create table boundary_patrol (
  id           bigint generated always as identity primary key,
  line_code    text not null,
  patrolled_on date not null,
  patrollers   text[] not null check (cardinality(patrollers) >= 1),
  route        geometry(LineString, 4490),
  issues_found boolean not null,
  notes        text,
  recorded_by  text not null,
  recorded_at  timestamptz not null default now()
);
create index boundary_patrol_line_idx on boundary_patrol (line_code, patrolled_on);
