/**
 * Writing a checked dataset into the database.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A load is one transaction: the dataset's earlier rows (by their {@code source}) are
 *       replaced and the load is recorded, or nothing changes.
 *   <li>Loading the same files twice writes nothing the second time.
 * </ol>
 */
package org.civgis.data.load;
