-- Place-name signs (地名标志) and their patrols (地名标志巡检). CRS of record: CGCS2000 (EPSG:4490).
--
-- A sign shows a place name (place_name_code: road, street, lane, community, village or township
-- signs) or an address (address_code: house-number and building plates). Its compliance — does the
-- installed text equal the current standard name, the installed romanization its sign form — is
-- computed by the application (SignCompliance) whenever the sign, the name or the address changes,
-- and kept here with what was expected, so that maps and lists can filter on it.
create table place_name_sign (
  id                     bigint generated always as identity primary key,
  code                   text not null unique,
  sign_type              text not null check (sign_type in
                           ('ROAD', 'STREET', 'LANE', 'HOUSE_NUMBER', 'BUILDING', 'VILLAGE',
                            'COMMUNITY', 'BOUNDARY')),
  geom                   geometry(Point, 4490) not null,
  point_generated        boolean not null default false,
  place_name_code        text,
  address_code           varchar(19),
  installed_text         text not null check (length(btrim(installed_text)) > 0),
  installed_romanization text,
  material               text,
  width_mm               integer check (width_mm > 0),
  height_mm              integer check (height_mm > 0),
  installer              text,
  installed_on           date,
  condition              text not null default 'GOOD'
                         check (condition in ('GOOD', 'WORN', 'DAMAGED', 'MISSING')),
  removed_on             date,
  remarks                text,
  compliance             text not null default 'UNCHECKED' check (compliance in
                           ('UNCHECKED', 'COMPLIANT', 'OUTDATED_NAME', 'WRONG_TEXT',
                            'WRONG_ROMANIZATION', 'NAME_NOT_CURRENT')),
  compliance_detail      text,
  expected_text          text,
  expected_romanization  text,
  checked_at             timestamptz,
  source                 text not null,
  revision               integer not null default 1 check (revision >= 1),
  created_at             timestamptz not null default now(),
  check ((place_name_code is null) <> (address_code is null)),
  check ((sign_type in ('HOUSE_NUMBER', 'BUILDING')) = (address_code is not null))
);
create index place_name_sign_geom_idx on place_name_sign using gist (geom);
create index place_name_sign_name_idx on place_name_sign (place_name_code);
create index place_name_sign_address_idx on place_name_sign (address_code);
create index place_name_sign_source_idx on place_name_sign (source);
create sequence place_name_sign_code_seq start 1;

-- How often each type of sign is patrolled (地名标志巡检制度); officers may change the intervals.
create table sign_patrol_schedule (
  sign_type     text primary key,
  interval_days integer not null check (interval_days between 1 and 3650),
  updated_by    text,
  updated_at    timestamptz not null default now()
);
-- Defaults (configuration, not demo data): road, street and lane signs every quarter; community,
-- village and boundary signs every half year; house-number and building plates once a year.
insert into sign_patrol_schedule (sign_type, interval_days, updated_by) values
  ('ROAD', 90, 'default'), ('STREET', 90, 'default'), ('LANE', 90, 'default'),
  ('COMMUNITY', 180, 'default'), ('VILLAGE', 180, 'default'), ('BOUNDARY', 180, 'default'),
  ('HOUSE_NUMBER', 365, 'default'), ('BUILDING', 365, 'default');

-- One visit of a sign: its condition then, the fault found, a photo, whether it needs repair.
create table sign_patrol (
  id               bigint generated always as identity primary key,
  sign_id          bigint not null references place_name_sign (id),
  patrolled_on     date not null,
  patroller        text not null,
  condition        text not null check (condition in ('GOOD', 'WORN', 'DAMAGED', 'MISSING')),
  fault            text,
  repair_needed    boolean not null default false,
  note             text,
  photo            bytea,
  photo_media_type text,
  photo_name       text,
  recorded_by      text not null,
  recorded_at      timestamptz not null default now(),
  check ((photo is null) = (photo_media_type is null))
);
create index sign_patrol_sign_idx on sign_patrol (sign_id, patrolled_on desc);

-- A repair task, opened from a patrol (or by an officer), closed when the sign is repaired.
create table sign_repair_task (
  id          bigint generated always as identity primary key,
  sign_id     bigint not null references place_name_sign (id),
  patrol_id   bigint references sign_patrol (id),
  description text not null,
  status      text not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
  opened_on   date not null,
  due_on      date,
  closed_on   date,
  closed_by   text,
  result      text,
  revision    integer not null default 1,
  check ((status = 'OPEN') = (closed_on is null))
);
create index sign_repair_task_sign_idx on sign_repair_task (sign_id);
create index sign_repair_task_open_idx on sign_repair_task (status) where status = 'OPEN';

-- Each sign with what its patrols and repairs say today: the last patrol, the day the next one is
-- due (the last patrol, or the installation, plus the interval of its type; null when neither is
-- known, which counts as due), the open repairs, and one status for maps and lists, the first that
-- applies of
--   NONCOMPLIANT  the text or romanization is not the standard one (see compliance)
--   REPAIR        damaged or missing, or a repair task is open
--   OVERDUE       the next patrol is due before today
--   OK            none of these
-- Removed signs are left out.
create view sign_state as
select s.*,
       lp.last_patrolled_on,
       sch.interval_days,
       coalesce(lp.last_patrolled_on, s.installed_on) + sch.interval_days as next_patrol_due,
       coalesce(r.open_repairs, 0) as open_repairs,
       case
         when s.compliance not in ('UNCHECKED', 'COMPLIANT') then 'NONCOMPLIANT'
         when s.condition in ('DAMAGED', 'MISSING') or coalesce(r.open_repairs, 0) > 0 then 'REPAIR'
         when coalesce(lp.last_patrolled_on, s.installed_on) is null
           or coalesce(lp.last_patrolled_on, s.installed_on) + sch.interval_days < current_date
           then 'OVERDUE'
         else 'OK'
       end as status
  from place_name_sign s
  join sign_patrol_schedule sch on sch.sign_type = s.sign_type
  left join lateral (select max(p.patrolled_on) as last_patrolled_on
                       from sign_patrol p where p.sign_id = s.id) lp on true
  left join lateral (select count(*) as open_repairs
                       from sign_repair_task t
                      where t.sign_id = s.id and t.status = 'OPEN') r on true
 where s.removed_on is null;
