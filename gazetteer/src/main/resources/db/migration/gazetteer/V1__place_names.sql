-- The standard place-name library (标准地名库): names, their legal lifecycle, reviews,
-- attachments. CRS of record: CGCS2000 (EPSG:4490). Nothing is ever deleted: a renamed or retired
-- name keeps its row, closed by its validity.
create extension if not exists postgis;
create extension if not exists pg_trgm;

-- One row per name of a feature (a version). code: the place-name code of the feature (地名代码),
-- kept across renames; supersedes_id / superseded_by: the lineage of renames.
-- valid: [from, to) in days: from the announcement of the name to its renaming or retirement;
-- empty of meaning (null) while the name is still a proposal.
create table place_name (
  id                      bigint generated always as identity primary key,
  code                    text not null,
  standard_name           text not null check (length(btrim(standard_name)) > 0),
  specific_part           text,
  generic_part            text,
  short_name              text,
  aliases                 text[] not null default '{}',
  category_code           text not null,
  romanization            text,
  official_transliteration text,
  minority_written_form   text,
  minority_language       text,
  meaning                 text,
  origin                  text,
  history                 text,
  geom                    geometry(Geometry, 4490),
  geometry_generated      boolean not null default false,
  division_code           varchar(12) check (division_code ~ '^[0-9]{12}$'),
  division_codes          varchar(12)[] not null default '{}',
  status                  text not null check (status in
                            ('PROPOSED', 'UNDER_REVIEW', 'APPROVED', 'ANNOUNCED', 'FILED',
                             'RENAMED', 'RETIRED', 'WITHDRAWN')),
  valid                   daterange,
  approval_authority      text,
  approval_date           date,
  approval_document_no    text,
  announcement_no         text,
  announcement_date       date,
  source                  text not null,
  registrant              text,
  supersedes_id           bigint references place_name (id),
  revision                integer not null default 1 check (revision >= 1),
  created_at              timestamptz not null default now(),
  -- search keys, written by the application: toneless pinyin without spaces and its initials
  pinyin_key              text,
  initials_key            text,
  constraint place_name_valid_when_standard
    check ((status in ('PROPOSED', 'UNDER_REVIEW', 'APPROVED', 'WITHDRAWN')) = (valid is null))
);
create index place_name_geom_idx on place_name using gist (geom);
create index place_name_code_idx on place_name (code);
create index place_name_valid_idx on place_name using gist (valid);
create index place_name_division_idx on place_name (division_code);
create index place_name_supersedes_idx on place_name (supersedes_id);
create index place_name_name_trgm_idx on place_name using gin (standard_name gin_trgm_ops);
create index place_name_pinyin_trgm_idx on place_name using gin (pinyin_key gin_trgm_ops);
create index place_name_initials_idx on place_name (initials_key text_pattern_ops);
-- one current standard name per feature code at a time
create unique index place_name_one_current_per_code on place_name (code)
  where status in ('ANNOUNCED', 'FILED') and upper_inf(valid);

-- Each step of the lifecycle: who moved the name from which status to which, when, and why.
create table name_transition (
  id            bigint generated always as identity primary key,
  place_name_id bigint not null references place_name (id),
  from_status   text,
  to_status     text not null,
  occurred_on   date not null,
  actor_name    text not null,
  note          text,
  recorded_at   timestamptz not null default now()
);
create index name_transition_name_idx on name_transition (place_name_id, id);

-- Expert evaluation (论证) and public consultation (征求意见) of a proposed name.
create table name_review (
  id            bigint generated always as identity primary key,
  place_name_id bigint not null references place_name (id),
  kind          text not null check (kind in ('EXPERT_EVALUATION', 'PUBLIC_CONSULTATION')),
  started_on    date not null,
  ended_on      date,
  opinions      text not null,
  conclusion    text,
  recorded_by   text not null,
  recorded_at   timestamptz not null default now(),
  check (ended_on is null or ended_on >= started_on)
);
create index name_review_name_idx on name_review (place_name_id, id);

-- Documents and photos of a name (approval documents, announcements, photos of the feature).
create table name_attachment (
  id            bigint generated always as identity primary key,
  place_name_id bigint not null references place_name (id),
  file_name     text not null,
  media_type    text not null,
  size_bytes    integer not null check (size_bytes >= 0),
  sha256        char(64) not null,
  content       bytea not null,
  description   text,
  uploaded_by   text not null,
  uploaded_at   timestamptz not null default now()
);
create index name_attachment_name_idx on name_attachment (place_name_id);
