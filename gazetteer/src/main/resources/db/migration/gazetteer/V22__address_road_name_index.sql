-- The road name of an address is a queryable of the OGC collection `addresses` and a query
-- parameter GIS clients send (GDAL turns -where "road = '…'" into ?road=…): an index so that such
-- a filter does not scan every current address.
create index address_road_name_text_idx on address (road_name);
