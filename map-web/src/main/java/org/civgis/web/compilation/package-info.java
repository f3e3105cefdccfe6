/**
 * 地名图志: the standard place-name dictionary and gazette of a prefecture or a county compiled from
 * the library as of a day, as PDF (print), DOCX (editors) and XLSX (data), run as a job; the
 * division maps (区划图) of the prefecture and its counties as of a day, as vector PDF and PNG and as
 * plates in the book's PDF ({@link org.civgis.web.compilation.DivisionMapService}, {@link
 * org.civgis.web.compilation.DivisionMapLayout}, {@link org.civgis.web.compilation.LabelPlacer},
 * {@link org.civgis.web.compilation.DivisionMapDrawing}); and the compilation worklist with its
 * export. The compilation itself is the gazetteer's ({@code org.civgis.gazetteer.compilation});
 * this package supplies the division facts (names, areas in the Gauss-Krüger zone, 2020 census),
 * checks the request and writes the files.
 */
package org.civgis.web.compilation;
