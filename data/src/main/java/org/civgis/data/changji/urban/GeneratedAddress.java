package org.civgis.data.changji.urban;

import org.civgis.gazetteer.address.StandardAddress;

/**
 * One generated address version.
 *
 * @param address the version (road name id 0 and no ids: set when the roads are stored)
 * @param road the index of its road in {@link ChangjiUrban#roads}
 * @param onFormerName whether it is on the road's former name
 * @param supersedes the index (in {@link ChangjiUrban#addresses}) of the version it replaces, or -1
 */
public record GeneratedAddress(
    StandardAddress address, int road, boolean onFormerName, int supersedes) {}
