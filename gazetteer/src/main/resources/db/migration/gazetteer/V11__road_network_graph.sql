-- The in-memory graph of a stored network as one value (RoadNetwork.toBytes: nodes, edges, lengths,
-- directions, shapes), written in the transaction that writes the rows, so that an analysis reads
-- one value instead of a million rows (see docs/adr/0009). The rows of network_node and
-- network_edge stay the truth that pgRouting and SQL read; a network never changes under its id.

create table road_network_graph (
  network_id  bigint primary key references road_network (id) on delete cascade,
  graph       bytea not null
);

-- stored uncompressed: reading it back is a copy, not a decompression
alter table road_network_graph alter column graph set storage external;
