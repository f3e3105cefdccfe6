-- Joint inspection rounds (界线联合检查): which lines, who leads and assists, who takes part, what
-- documents they work from, the tasks per marker and per line segment, and the two sides'
-- sign-off. CRS of record: CGCS2000 longitude/latitude (EPSG:4490).
--   status        PLANNING → DESK_CHECK → FIELDWORK → REVIEW → SIGNED → FILED (see RoundStatus)
--   lead_code     the division that leads the round (牵头方), assisting_code the other side (配合方)
--   tolerance_m   the marker deviation over which a finding is raised, in metres (Gauss-Krüger)
--   previous_id   the earlier round of the same lines the desk check compares with
--   locked_at     set when both sides have signed: later writes are refused
--   generated     demo rounds that did not happen (shown as such)
create table inspection_round (
  id              bigint generated always as identity primary key,
  title           text not null check (length(btrim(title)) > 0),
  round_number    smallint check (round_number >= 1),
  lead_code       varchar(12) not null check (lead_code ~ '^[0-9]{12}$'),
  assisting_code  varchar(12) not null check (assisting_code ~ '^[0-9]{12}$'),
  planned_start   date not null,
  planned_end     date not null,
  tolerance_m     double precision not null default 0.5 check (tolerance_m > 0),
  previous_id     bigint references inspection_round (id),
  status          text not null default 'PLANNING'
                    check (status in ('PLANNING', 'DESK_CHECK', 'FIELDWORK', 'REVIEW', 'SIGNED', 'FILED')),
  locked_at       timestamptz,
  remarks         text,
  generated       boolean not null default false,
  source          text not null,
  created_by      text not null,
  created_at      timestamptz not null default now(),
  revision        integer not null default 1 check (revision >= 1),
  check (lead_code <> assisting_code),
  check (planned_start <= planned_end)
);

create table round_line (
  round_id   bigint not null references inspection_round (id) on delete cascade,
  line_code  text not null,
  primary key (round_id, line_code)
);

--   side_code  the jurisdiction the participant represents (one of the round's two sides)
create table round_participant (
  round_id   bigint not null references inspection_round (id) on delete cascade,
  username   text not null,
  side_code  varchar(12) not null,
  duty       text not null check (length(btrim(duty)) > 0),
  primary key (round_id, username)
);

--   kind  AGREEMENT (界线协议书), MARKER_REGISTER (界桩登记表), EARLIER_REPORT, MAP, OTHER
create table round_document (
  id         bigint generated always as identity primary key,
  round_id   bigint not null references inspection_round (id) on delete cascade,
  kind       text not null check (kind in ('AGREEMENT', 'MARKER_REGISTER', 'EARLIER_REPORT', 'MAP', 'OTHER')),
  title      text not null check (length(btrim(title)) > 0),
  reference  text
);

-- Tasks: one per marker of the round's lines, one per segment of a line (between consecutive
-- markers, or the whole line when it has fewer than two).
create table inspection_task (
  id           bigint generated always as identity primary key,
  round_id     bigint not null references inspection_round (id) on delete cascade,
  kind         text not null check (kind in ('MARKER', 'SEGMENT')),
  line_code    text not null,
  marker_id    bigint references boundary_marker (id),
  segment_no   integer check (segment_no >= 1),
  geom         geometry(Geometry, 4490) not null,
  label        text not null,
  check ((kind = 'MARKER') = (marker_id is not null)),
  check ((kind = 'SEGMENT') = (segment_no is not null))
);
create index inspection_task_round_idx on inspection_task (round_id, kind, id);

-- Each side's confirmation of the round's results (双方签认).
create table round_signoff (
  round_id   bigint not null references inspection_round (id) on delete cascade,
  side_code  varchar(12) not null,
  signed_by  text not null,
  statement  text not null,
  signed_at  timestamptz not null default now(),
  primary key (round_id, side_code)
);
