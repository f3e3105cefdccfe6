-- What the loader of the data module has loaded: one row per load that changed something.
create table dataset_load (
  id        bigint generated always as identity primary key,
  dataset   text not null,
  checksum  text not null,        -- SHA-256 over the dataset's files, in file-name order
  loaded_at timestamptz not null default now(),
  files     jsonb not null,       -- [{"name", "sha256"}]
  counts    jsonb not null        -- rows written per table
);
create index dataset_load_dataset_idx on dataset_load (dataset, id desc);
