-- Long work (imports, checks, coverage, reports, batch geocoding) runs as a job. Its state lives
-- here, not in the instance that runs it, so that any instance behind the load balancer answers
-- GET /api/jobs/{id}, and a job whose instance stopped is seen as lost (heartbeat_at too old).
create table job (
  id                uuid primary key,
  kind              text not null,
  title             text not null,
  state             text not null
                    check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  progress          double precision not null default 0 check (progress between 0 and 1),
  message           text,
  created_by        text not null,
  created_at        timestamptz not null default clock_timestamp(),
  started_at        timestamptz,
  finished_at       timestamptz,
  heartbeat_at      timestamptz not null default clock_timestamp(),
  instance_id       text not null,
  parameters        jsonb,
  -- the result: a JSON document, a file (bytes with its media type and file name), and/or a link
  -- to where the result lives (e.g. a stored check report)
  result_json       jsonb,
  result_bytes      bytea,
  result_media_type text,
  result_filename   text,
  result_href       text,
  -- the problem detail (RFC 9457) of a failed job
  problem           jsonb
);
create index job_created_by_idx on job (created_by, created_at desc);
create index job_running_idx on job (state, heartbeat_at) where state in ('QUEUED', 'RUNNING');
