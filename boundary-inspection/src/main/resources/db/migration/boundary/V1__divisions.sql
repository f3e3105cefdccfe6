-- Administrative divisions over time, the changes between their versions, and census figures.
-- CRS of record: CGCS2000 longitude/latitude (EPSG:4490). Codes: 12-digit statistical division
-- codes (the first 6 digits are GB/T 2260).

-- Extensions need a superuser; scripts/pg.sh creates them with the database. On an external server
-- an administrator creates them once; these lines then only check that they exist.
create extension if not exists postgis;
create extension if not exists btree_gist;

-- One row per version of a division. A division is identified by its code; its versions never
-- overlap in time. valid: [from, to) in days; an unbounded lower end means "since before our
-- records", an unbounded upper end means "current".
create table division_version (
  id          bigint generated always as identity primary key,
  code        varchar(12) not null check (code ~ '^[0-9]{12}$'),
  name        text not null check (length(btrim(name)) > 0),
  level       smallint not null check (level between 1 and 5),
  parent_code varchar(12) check (parent_code ~ '^[0-9]{12}$'),
  valid       daterange not null default daterange(null, null),
  geom        geometry(MultiPolygon, 4490),
  source      text not null,
  constraint division_version_no_overlap exclude using gist (code with =, valid with &&)
);
create index division_version_geom_idx on division_version using gist (geom);
create index division_version_parent_idx on division_version (parent_code);
create index division_version_level_idx on division_version (level);

-- A DivisionChange: what changed, when, and between which codes. effective_date_note says how
-- the date is known (a decree, or only the statistics vintage that first shows the change).
create table division_change (
  id                  bigint generated always as identity primary key,
  kind                text not null check (kind in
                        ('RENAME', 'UPGRADE', 'ESTABLISH', 'ABOLISH', 'REPLACE', 'MERGE', 'SPLIT', 'TRANSFER')),
  effective_date      date not null,
  effective_date_note text,
  from_codes          varchar(12)[] not null default '{}',
  to_codes            varchar(12)[] not null default '{}',
  description         text not null,
  source              text not null
);

-- Census figures of a division. age_band_shares holds the non-overlapping age bands as shares
-- of the resident population ("0", "1-4", ..., "80-84", "85+"); other_figures keeps the source's
-- further columns under their original names.
create table division_census (
  code                  varchar(12) not null check (code ~ '^[0-9]{12}$'),
  census_year           smallint not null,
  resident_population   integer not null check (resident_population >= 0),
  sex_ratio             numeric(7, 2),
  ethnic_minority_share numeric(6, 4) check (ethnic_minority_share between 0 and 1),
  urban_share           numeric(6, 4) check (urban_share between 0 and 1),
  age_band_shares       jsonb not null,
  other_figures         jsonb not null default '{}',
  source                text not null,
  primary key (code, census_year)
);
