-- Failed logins per client address (an IPv6 client by its /64), next to the per-account count in
-- app_user: a client over its limit within the window is refused for every account. Here, not in
-- an instance's memory, so that all instances count together.
create table login_throttle (
  client            text primary key,
  failures          integer not null check (failures >= 0),
  window_started_at timestamptz not null
);
create index login_throttle_window_idx on login_throttle (window_started_at);

-- Requests with an API token used to leave a session behind that outlived the token (revoked or
-- expired). Such sessions cannot be told from browser sessions, so all end here: everybody logs in
-- once more after this version.
delete from spring_session;
