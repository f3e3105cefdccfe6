-- Imports of surveyors' files. The staging table holds a file's features inside the import's
-- transaction while they are validated and checked; a rejected import rolls back, so nothing of it
-- stays. A published import keeps its record with the source CRS and its report.
--   source_crs     the CRS of the file as declared or detected, e.g. EPSG:4326
--   crs_declared   whether the user declared it (DXF, CSV) or it was read from the file
--   report         every problem, every repair, the topology findings (JSON)
create table import_batch (
  id            bigint generated always as identity primary key,
  target        text not null check (target in ('divisions', 'boundary-markers')),
  format        text not null,
  file_name     text not null,
  file_sha256   char(64) not null,
  source_crs    text not null,
  crs_declared  boolean not null,
  repair        boolean not null,
  status        text not null check (status in ('STAGED', 'PUBLISHED')),
  report        jsonb not null default '{}',
  created_by    text not null,
  created_at    timestamptz not null default now(),
  published_at  timestamptz
);

create table import_feature (
  batch_id     bigint not null references import_batch (id) on delete cascade,
  feature_no   integer not null,
  properties   jsonb not null,
  geom         geometry(Geometry, 4490),
  repaired     boolean not null default false,
  primary key (batch_id, feature_no)
);
create index import_feature_geom_idx on import_feature using gist (geom);
