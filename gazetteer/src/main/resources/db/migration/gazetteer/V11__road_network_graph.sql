-- (V10's "docs/adr/0008" is docs/adr/0009: the walking network.)
--
-- 1. No foreign keys from edges to nodes: each would cost a lookup per row when a million edges are
--    written, and one per node when a network is deleted. Source and target are node ids of the
--    same network by construction (RoadNetwork checks them when the network is built; networks are
--    only ever imported, never edited row by row).
alter table network_edge drop constraint network_edge_network_id_source_fkey;
alter table network_edge drop constraint network_edge_network_id_target_fkey;

-- 2. The in-memory graph of a stored network as one value (RoadNetwork.toBytes: nodes, edges,
--    lengths, directions, shapes), written in the transaction that writes the rows, so that an
--    analysis reads one value instead of a million rows (see docs/adr/0009). The rows of
--    network_node and network_edge stay the truth that pgRouting and SQL read; a network never
--    changes under its id.
create table road_network_graph (
  network_id  bigint primary key references road_network (id) on delete cascade,
  graph       bytea not null
);

-- stored uncompressed: reading it back is a copy, not a decompression
alter table road_network_graph alter column graph set storage external;
