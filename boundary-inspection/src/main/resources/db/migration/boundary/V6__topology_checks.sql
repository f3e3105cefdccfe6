-- Topology check runs (内业检查) and their findings. A run checks the divisions under scope_code
-- as of a day, and the boundary lines and markers of that scope; its findings stay as its report.
--   tolerances   the thresholds in metres and the precision scale (JSON)
--   counts       findings per type and per severity (JSON), written when the run finishes
create table check_run (
  id               bigint generated always as identity primary key,
  scope_code       varchar(12) not null check (scope_code ~ '^[0-9]{12}$'),
  as_of            date not null,
  tolerances       jsonb not null,
  counts           jsonb not null default '{}',
  units_checked    integer not null default 0,
  lines_checked    integer not null default 0,
  markers_checked  integer not null default 0,
  duration_ms      bigint,
  created_by       text not null,
  started_at       timestamptz not null default now(),
  finished_at      timestamptz
);

--   type      a geo-core FindingType (INVALID_GEOMETRY, OVERLAP, GAP, SLIVER_OVERLAP, …)
--   subjects  what is involved, the main one first: 12-digit division codes, 'L:' + line code,
--             'M:' + marker id; subject_names their names (division names valid on as_of, line
--             names, marker numbers) in the same order
--   measure   m² for areas, m for distances and lengths, a count otherwise (unit says which);
--             measured in the Gauss-Krüger zone zone_epsg
create table topology_finding (
  id         bigint generated always as identity primary key,
  run_id     bigint not null references check_run (id) on delete cascade,
  type       text not null,
  severity   text not null check (severity in ('ERROR', 'WARNING', 'INFO')),
  subjects       text[] not null,
  subject_names  text[] not null,
  geom       geometry(Geometry, 4490),
  measure    double precision,
  unit       text not null,
  zone_epsg  integer,
  detail     text not null
);
create index topology_finding_run_idx on topology_finding (run_id, id);
create index topology_finding_geom_idx on topology_finding using gist (geom);
