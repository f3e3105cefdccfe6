-- Users, their roles and jurisdictions, API tokens, and the append-only audit trail.

-- A user works in one role inside one jurisdiction (a division: the prefecture, a county, a
-- township). Passwords are bcrypt hashes. failed_logins and locked_until implement the lock-out;
-- they live here so that every app instance sees the same count.
create table app_user (
  id                bigint generated always as identity primary key,
  username          text not null unique check (username ~ '^[a-z0-9._-]{2,64}$'),
  display_name      text not null,
  password_hash     text not null,
  role              text not null
                    check (role in ('ADMIN', 'NAME_OFFICER', 'INSPECTOR', 'PLANNER', 'VIEWER')),
  jurisdiction_code varchar(12) not null check (jurisdiction_code ~ '^[0-9]{12}$'),
  enabled           boolean not null default true,
  failed_logins     integer not null default 0,
  locked_until      timestamptz,
  created_at        timestamptz not null default now()
);

-- API tokens for scripts and QGIS (Authorization: Bearer <token>); only their SHA-256 is kept.
create table api_token (
  id           bigint generated always as identity primary key,
  user_id      bigint not null references app_user (id),
  name         text not null,
  token_sha256 char(64) not null unique,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz,
  revoked_at   timestamptz,
  last_used_at timestamptz
);

-- Every write: who, when, what (before and after, as JSON) and from which client. Append-only:
-- the app's role may insert and read, never update, delete or truncate (privileges below, and a
-- trigger that holds even for the table's owner).
create table audit_event (
  id             bigint generated always as identity primary key,
  occurred_at    timestamptz not null default clock_timestamp(),
  actor_id       bigint,
  actor_name     text not null,
  client_address text,
  user_agent     text,
  client_id      text,
  action         text not null,
  collection     text,
  feature_id     text,
  before         jsonb,
  after          jsonb
);
create index audit_event_feature_idx on audit_event (collection, feature_id, id);
create index audit_event_actor_idx on audit_event (actor_name, id);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % is not allowed', tg_op
    using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function refuse_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function refuse_audit_change();

revoke update, delete, truncate on audit_event from public;
revoke update, delete, truncate on audit_event from current_user;
