package org.civgis.web.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.edit.DivisionEdits;
import org.civgis.boundary.edit.EditRefusedException;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.geo.topology.Finding;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem details of a refused division or boundary edit. A refusal by the checks on save is
 * 422 {@code /problems/edit-findings} with {@code findings} (each with its id, type, severity,
 * subjects, measure in readable units and its geometry as a GeoJSON object, for a map to draw) and
 * {@code acknowledgeable}: whether sending {@code acknowledgeWarnings: true} lets the edit through.
 */
final class EditProblems {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EditProblems() {}

  static ProblemDetail of(EditRefusedException e) {
    return switch (e.reason()) {
      case INVALID -> {
        ProblemDetail problem =
            Problems.problem(HttpStatus.BAD_REQUEST, "invalid-feature", "要素数据无效", e.getMessage());
        problem.setProperty(
            "invalidParams", List.of(Map.of("name", e.field(), "reason", e.getMessage())));
        yield problem;
      }
      case OUT_OF_JURISDICTION ->
          Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "没有权限", e.getMessage());
      case NOT_FOUND -> Problems.problem(HttpStatus.NOT_FOUND, "not-found", "未找到", e.getMessage());
      case CONFLICT -> Problems.problem(HttpStatus.CONFLICT, "conflict", "数据冲突", e.getMessage());
      case STALE ->
          Problems.problem(HttpStatus.PRECONDITION_FAILED, "edit-conflict", "编辑冲突", e.getMessage());
      case FINDINGS -> {
        ProblemDetail problem =
            Problems.problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "edit-findings", "检查未通过", e.getMessage());
        problem.setProperty("acknowledgeable", e.acknowledgeable());
        problem.setProperty("findings", findings(e.findings()));
        yield problem;
      }
    };
  }

  /** The findings as a client draws and lists them. */
  static List<Map<String, Object>> findings(List<Finding> findings) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put(
          "id", f.type().name() + ":" + String.join(",", f.subjects().stream().sorted().toList()));
      item.put("type", f.type().name());
      item.put("typeName", f.type().chineseName());
      item.put("severity", f.severity().name());
      item.put("subjects", f.subjects());
      item.put("measure", f.measure());
      item.put("unit", f.type().unit().name());
      item.put("measureText", DivisionEdits.measureText(f));
      item.put("detail", f.detail());
      item.put(
          "geometry",
          f.geometry() == null ? null : JSON.readTree(GeoJsonGeometry.write(f.geometry(), 7)));
      out.add(item);
    }
    return out;
  }
}
