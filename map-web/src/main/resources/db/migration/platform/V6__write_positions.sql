-- Each user's last write as a WAL position of the primary (replica.WritePositions): a read replica
-- answers that user's reads only once it has replayed this far (docs/adr 0014). Here, not in an
-- instance's memory, so that the next read on any instance knows of the write. Written only when a
-- read replica is configured.
create table write_position (
  user_id    bigint primary key references app_user (id) on delete cascade,
  lsn        pg_lsn not null,
  written_at timestamptz not null
);
