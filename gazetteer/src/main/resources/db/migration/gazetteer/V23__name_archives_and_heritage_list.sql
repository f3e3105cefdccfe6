-- Place-name archives (地名档案) and the heritage list (地名文化保护名录).

-- The archive catalogue: one row per archived document of a feature's names (档案目录). A row is
-- never changed in what it holds (its file and checksum) nor deleted; its catalogue fields
-- (title, retention, classification, pages) may be corrected.
-- archive_no (档号): <county code>-DM-<year>-<Y|D30|D10>-<4-digit sequence>, assigned once
-- (see ArchiveNumber); the sequence runs per county, year and retention.
-- place_name_code / place_name_id name the feature and the name version the document belongs to;
-- no foreign key: an archive outlives the rows it documents and may arrive by a transfer package
-- from another system.
-- attachment_id: the name attachment the document is (its content stays there); otherwise the
-- content is held here (generated survey and sign records, imported documents).
create table name_archive_item (
  id               bigint generated always as identity primary key,
  archive_no       text not null unique,
  county_code      varchar(6) not null check (county_code ~ '^[0-9]{6}$'),
  archive_year     integer not null check (archive_year between 1900 and 2200),
  sequence_no      integer not null check (sequence_no between 1 and 9999),
  category         text not null check (category in ('PROCEDURE', 'SURVEY', 'SIGN')),
  place_name_code  text not null,
  place_name_id    bigint,
  standard_name    text not null,
  title            text not null check (length(btrim(title)) > 0),
  document_date    date not null,
  retention        text not null check (retention in ('PERMANENT', 'YEARS_30', 'YEARS_10')),
  classification   text not null check (classification in ('PUBLIC', 'INTERNAL', 'SECRET')),
  pages            integer not null check (pages >= 1),
  file_name        text not null,
  media_type       text not null,
  size_bytes       integer not null check (size_bytes >= 0),
  sha256           char(64) not null,
  attachment_id    bigint unique references name_attachment (id),
  content          bytea,
  source_key       text unique,
  recorded_by      text not null,
  recorded_at      timestamptz not null default now(),
  check ((attachment_id is null) <> (content is null)),
  unique (county_code, archive_year, retention, sequence_no)
);
create index name_archive_item_code_idx on name_archive_item (place_name_code, id);
create index name_archive_item_county_idx on name_archive_item (county_code, archive_no);
create index name_archive_item_title_trgm_idx on name_archive_item using gin (title gin_trgm_ops);

-- The heritage list: standard names protected as cultural heritage, with the criteria met, the
-- story and its sources. Photos are name attachments linked here.
create table name_heritage (
  id             bigint generated always as identity primary key,
  place_name_id  bigint not null unique references place_name (id) on delete cascade,
  criteria       text[] not null check (cardinality(criteria) >= 1
                   and criteria <@ array['AGE_OF_USE', 'HISTORICAL_EVENT', 'ETHNIC_CULTURAL']),
  in_use_since   text,
  story          text not null check (length(btrim(story)) > 0),
  sources        text not null check (length(btrim(sources)) > 0),
  listed_on      date not null,
  listed_by      text not null,
  revision       integer not null default 1,
  recorded_at    timestamptz not null default now()
);

create table name_heritage_photo (
  heritage_id    bigint not null references name_heritage (id) on delete cascade,
  attachment_id  bigint not null references name_attachment (id) on delete cascade,
  primary key (heritage_id, attachment_id)
);

-- The heritage review (地名文化保护评估) of a renaming or retirement of a protected name.
alter table name_review drop constraint name_review_kind_check;
alter table name_review add constraint name_review_kind_check
  check (kind in ('EXPERT_EVALUATION', 'PUBLIC_CONSULTATION', 'HERITAGE_REVIEW'));
