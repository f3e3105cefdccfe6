-- Routable road networks for the care circle (十五分钟服务圈): nodes and edges with the columns
-- pgRouting reads (id, source, target, cost, reverse_cost), so that pgr_* functions and our
-- in-memory graph work on the same rows. CRS of record: CGCS2000 (EPSG:4490).
-- Lengths and costs are metres walked on the ground (see docs/adr/0008); a negative cost means the
-- edge may not be walked in that direction, as pgRouting reads it.

create table road_network (
  id                 bigint generated always as identity primary key,
  name               text not null unique check (length(btrim(name)) > 0),
  profile            text not null default 'walking' check (profile in ('walking')),
  source             text not null,
  source_crs         text not null default 'EPSG:4326',
  imported_at        timestamptz not null default now(),
  imported_by        text,
  node_count         integer not null check (node_count >= 0),
  edge_count         integer not null check (edge_count >= 0),
  ways_read          integer,
  walkable_ways      integer,
  missing_node_refs  integer
);

comment on table road_network is
  'One imported network (e.g. an OSM extract for walking); its nodes and edges are numbered 1..n.';

-- id: 1..node_count within the network (the in-memory graph's index + 1).
create table network_node (
  network_id  bigint not null references road_network (id) on delete cascade,
  id          integer not null check (id > 0),
  osm_id      bigint,
  geom        geometry(Point, 4490) not null,
  primary key (network_id, id)
);

-- id: 1..edge_count within the network. cost: metres from source to target (negative: not
-- allowed); reverse_cost: metres from target to source; length_m: the length on the ground.
create table network_edge (
  network_id    bigint not null references road_network (id) on delete cascade,
  id            integer not null check (id > 0),
  source        integer not null,
  target        integer not null,
  cost          double precision not null,
  reverse_cost  double precision not null,
  length_m      double precision not null check (length_m >= 0),
  osm_way_id    bigint,
  highway       text,
  name          text,
  geom          geometry(LineString, 4490) not null,
  primary key (network_id, id),
  foreign key (network_id, source) references network_node (network_id, id) on delete cascade,
  foreign key (network_id, target) references network_node (network_id, id) on delete cascade,
  check (cost = length_m or cost < 0),
  check (reverse_cost = length_m or reverse_cost < 0)
);

create index network_node_geom_idx on network_node using gist (geom);
create index network_edge_geom_idx on network_edge using gist (geom);
