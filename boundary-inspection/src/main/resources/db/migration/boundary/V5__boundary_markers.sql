-- Boundary markers (界桩): where they stand, how they are built, how to find them again, what
-- state they are in. CRS of record: CGCS2000 longitude/latitude (EPSG:4490).
--   number        as written on the marker: line code, '-', three-digit sequence, type code
--                 (our notation in the manner of GB/T 17796): 652301652323-003, 65236501-012A
--   type_code     '' single marker; A/B the two markers of a double same-number pair; C/D/E the
--                 three of a triple set; Q a three-sided marker at a junction of three units
--   form          SINGLE (单立), DOUBLE (同号双立), TRIPLE (同号三立); faces: 1–3 (单面/双面/三面)
--   gk_*          the recorded Gauss-Krüger coordinates: northing x and easting y in metres (survey
--                 convention: x north), in the CGCS2000 3-degree zone gk_zone_epsg (4534–4554)
--   condition     the last observed state; marker_condition keeps the history
--   generated     demo positions that are not real (shown as such)
-- Numbers are not unique in the table on purpose: the check reports duplicates.
create table boundary_marker (
  id             bigint generated always as identity primary key,
  number         text not null check (length(btrim(number)) > 0),
  line_code      text not null,
  sequence       integer not null check (sequence >= 1),
  type_code      text not null default '' check (type_code in ('', 'A', 'B', 'C', 'D', 'E', 'Q')),
  form           text not null check (form in ('SINGLE', 'DOUBLE', 'TRIPLE')),
  faces          smallint not null check (faces between 1 and 3),
  material       text,
  geom           geometry(Point, 4490) not null,
  gk_x_m         double precision not null,
  gk_y_m         double precision not null,
  gk_zone_epsg   integer not null check (gk_zone_epsg between 4534 and 4554),
  elevation_m    double precision,
  survey_method  text,
  accuracy_m     double precision check (accuracy_m >= 0),
  agreement_id   bigint references boundary_agreement (id),
  condition      text not null default 'INTACT'
                   check (condition in ('INTACT', 'DAMAGED', 'DISPLACED', 'MISSING')),
  installed_on   date,
  status         text not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
  remarks        text,
  generated      boolean not null default false,
  source         text not null,
  revision       integer not null default 1 check (revision >= 1)
);
create index boundary_marker_geom_idx on boundary_marker using gist (geom);
create index boundary_marker_line_idx on boundary_marker (line_code, sequence);

-- Reference landmarks (方位物): at least three per marker, kept by the application.
create table marker_landmark (
  marker_id    bigint not null references boundary_marker (id) on delete cascade,
  position     smallint not null check (position >= 1),
  name         text not null check (length(btrim(name)) > 0),
  bearing_deg  double precision not null check (bearing_deg >= 0 and bearing_deg < 360),
  distance_m   double precision not null check (distance_m > 0),
  primary key (marker_id, position)
);

-- Photos of a marker.
create table marker_photo (
  id           bigint generated always as identity primary key,
  marker_id    bigint not null references boundary_marker (id),
  file_name    text not null,
  media_type   text not null check (media_type in ('image/jpeg', 'image/png', 'image/webp')),
  size_bytes   integer not null check (size_bytes > 0),
  sha256       char(64) not null,
  content      bytea not null,
  caption      text,
  taken_on     date,
  uploaded_by  text not null,
  uploaded_at  timestamptz not null default now()
);
create index marker_photo_marker_idx on marker_photo (marker_id);

-- Every observed state of a marker, oldest first.
create table marker_condition (
  id           bigint generated always as identity primary key,
  marker_id    bigint not null references boundary_marker (id),
  condition    text not null check (condition in ('INTACT', 'DAMAGED', 'DISPLACED', 'MISSING')),
  observed_on  date not null,
  note         text,
  recorded_by  text not null,
  recorded_at  timestamptz not null default now()
);
create index marker_condition_marker_idx on marker_condition (marker_id, observed_on);
