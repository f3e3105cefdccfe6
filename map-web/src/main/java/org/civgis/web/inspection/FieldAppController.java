package org.civgis.web.inspection;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The installable field app (外业踏勘) at {@code /field}: the page built from {@code field.html}. */
@Controller
class FieldAppController {
  @GetMapping("/field")
  String field() {
    return "forward:/field.html";
  }
}
