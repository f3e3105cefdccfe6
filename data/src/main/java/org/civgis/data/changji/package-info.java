/**
 * Readers of the Changji demo files and the dataset they make together.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Every file is read completely and checked before anything is written anywhere.
 *   <li>A problem is a {@link org.civgis.data.changji.DataFileException} naming the file, the line
 *       or feature, and the reason.
 * </ol>
 */
package org.civgis.data.changji;
