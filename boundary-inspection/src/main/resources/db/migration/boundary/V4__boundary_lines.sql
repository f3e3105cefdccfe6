-- Boundary lines (行政区域界线) and the agreements (界线协议书) that fix them.
-- CRS of record: CGCS2000 longitude/latitude (EPSG:4490).

create table boundary_agreement (
  id         bigint generated always as identity primary key,
  code       text not null unique check (length(btrim(code)) > 0),
  title      text not null,
  signed_on  date,
  parties    varchar(12)[] not null,
  remarks    text,
  source     text not null
);

-- One row per version of a line between two adjacent divisions of one level.
--   line_code   the two sides' significant code digits, smaller first (county-level 6+6 digits,
--               prefecture-level 4+4, province-level 2+2): stable across versions
--   level       the level of the two sides: 1 province, 2 prefecture, 3 county, 4 township
--   left_code   the side on the left of the line's direction (the smaller code), right_code the other
--   origin      DERIVED: the shared edge of the two sides' polygons; SURVEYED: from a survey or the
--               agreement; EDITED: moved by shared-border editing (the polygons moved with it)
--   valid       [from, to) in days, as for divisions (ADR 0003); never two versions of a code at once
create table boundary_line (
  id            bigint generated always as identity primary key,
  line_code     text not null check (line_code ~ '^[0-9]{4,24}$'),
  level         smallint not null check (level between 1 and 4),
  left_code     varchar(12) not null check (left_code ~ '^[0-9]{12}$'),
  right_code    varchar(12) not null check (right_code ~ '^[0-9]{12}$'),
  agreement_id  bigint references boundary_agreement (id),
  geom          geometry(MultiLineString, 4490) not null,
  origin        text not null check (origin in ('DERIVED', 'SURVEYED', 'EDITED')),
  valid         daterange not null default daterange(null, null),
  status        text not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
  remarks       text,
  source        text not null,
  revision      integer not null default 1 check (revision >= 1),
  check (left_code < right_code),
  constraint boundary_line_no_overlap exclude using gist (line_code with =, valid with &&)
);
create index boundary_line_geom_idx on boundary_line using gist (geom);
create index boundary_line_sides_idx on boundary_line (left_code, right_code);
