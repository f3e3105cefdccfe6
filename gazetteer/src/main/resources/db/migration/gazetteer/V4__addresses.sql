-- The standard address library (标准地名地址库): one row per version of an address. CRS of record:
-- CGCS2000 (EPSG:4490). Nothing is deleted: a renamed road or a renumbering closes the old version
-- (SUPERSEDED) and a new version with the same code supersedes it.
--
-- code: 12-digit division code of the community or village, 1 digit for the kind (1 house number,
-- 2 building, 3 unit and room), a 6-digit sequence (see AddressCode). road_code is the place-name
-- code of the road (kept across renamings); road_name_id the name version the address was made
-- with.
create table address (
  id                  bigint generated always as identity primary key,
  code                varchar(19) not null check (code ~ '^[0-9]{12}[123][0-9]{6}$'),
  kind                text not null check (kind in ('HOUSE_NUMBER', 'BUILDING', 'UNIT_ROOM')),
  county_code         varchar(12) not null check (county_code ~ '^[0-9]{12}$'),
  county_name         text not null,
  township_code       varchar(12) check (township_code ~ '^[0-9]{12}$'),
  township_name       text,
  community_code      varchar(12) check (community_code ~ '^[0-9]{12}$'),
  community_name      text,
  road_code           text not null,
  road_name_id        bigint not null references place_name (id),
  road_name           text not null,
  house_number        integer not null check (house_number >= 1),
  house_number_suffix text not null default ''
                      check (house_number_suffix ~ '^((之|-|附)[1-9][0-9]{0,2}|附)?$'),
  compound_name       text,
  building            text,
  unit                text,
  room                text,
  floor               smallint,
  text                text not null,
  geom                geometry(Point, 4490) not null,
  point_generated     boolean not null default false,
  status              text not null check (status in ('CURRENT', 'SUPERSEDED', 'RETIRED')),
  valid               daterange not null default daterange(null, null),
  supersedes_id       bigint references address (id),
  source              text not null,
  revision            integer not null default 1 check (revision >= 1),
  created_at          timestamptz not null default now(),
  check ((kind = 'HOUSE_NUMBER') = (building is null)),
  check ((kind = 'UNIT_ROOM') = (room is not null)),
  check ((status = 'CURRENT') = upper_inf(valid))
);
create index address_geom_idx on address using gist (geom);
create index address_road_idx on address (road_code, house_number);
create index address_road_name_idx on address (road_name_id);
create index address_code_idx on address (code);
create index address_community_idx on address (community_code);
create index address_supersedes_idx on address (supersedes_id);
create index address_source_idx on address (source);
-- the baseline of the geocoding benchmark and a fallback for officers' searches
create index address_text_trgm_idx on address using gin (text gin_trgm_ops);
-- one current version per address
create unique index address_one_current_per_code on address (code) where status = 'CURRENT';
-- a house number, building, unit and room exist once on a road (uniqueness of house numbers)
create unique index address_unique_on_road
  on address (road_code, house_number, house_number_suffix, coalesce(building, ''),
              coalesce(unit, ''), coalesce(room, ''))
  where status = 'CURRENT';

-- The next sequence number of each division and kind (the last segment of the code).
create table address_code_sequence (
  division_code varchar(12) not null,
  kind          text not null,
  last_value    integer not null check (last_value between 0 and 999999),
  primary key (division_code, kind)
);
