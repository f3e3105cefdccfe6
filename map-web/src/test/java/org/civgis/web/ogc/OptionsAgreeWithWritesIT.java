package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code OPTIONS} on a feature offers PUT, PATCH and DELETE to a user exactly when that user's PUT
 * and DELETE of the feature are not refused with 401 or 403: for every editable collection, every
 * role and jurisdiction of the demo users (README) and anonymous, on features inside and outside
 * the county jurisdictions. The writes are sent with an entity tag that is not current, so a write
 * that passes the rights fails with 412 and nothing changes.
 */
class OptionsAgreeWithWritesIT extends WebIntegrationTest {
  private static final String[] USERS = {
    "admin",
    "prefecture.officer",
    "fukang.officer",
    "changji.officer",
    "inspector",
    "planner",
    "viewer",
    null
  };

  private static final String STALE = "\"0-0\"";

  private record Target(String collection, String id) {
    String path() {
      return "/ogc/collections/" + collection + "/items/" + id;
    }
  }

  private List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (String code : List.of("652301000000", "652302000000", "652300000000", "652301001000")) {
      targets.add(new Target("divisions", code));
    }
    for (String division : List.of("652301", "652302")) {
      for (String collection : List.of("place-names", "facilities")) {
        JsonNode page =
            getJson("/ogc/collections/" + collection + "/items?limit=1&division=" + division, 200);
        for (JsonNode feature : page.path("features")) {
          targets.add(new Target(collection, feature.path("id").asString()));
        }
      }
    }
    assertThat(targets.stream().map(Target::collection).distinct())
        .containsExactlyInAnyOrder("divisions", "place-names", "facilities");
    return targets;
  }

  private static List<String> allowed(HttpResponse<String> options) {
    return Arrays.stream(options.headers().firstValue("Allow").orElse("").split(","))
        .map(String::strip)
        .toList();
  }

  private static boolean refused(int status) {
    return status == 401 || status == 403;
  }

  @Test
  void optionsOffersWritesExactlyWhenTheWritesAreNotRefused() {
    List<String> disagreements = new ArrayList<>();
    int offered = 0;
    int withheld = 0;
    for (Target target : targets()) {
      HttpResponse<String> read = send("GET", target.path(), "admin", null);
      assertThat(read.statusCode()).as(target + read.body()).isEqualTo(200);
      ObjectNode body = (ObjectNode) JSON.readTree(read.body());
      body.remove("links");
      ((ObjectNode) body.path("properties")).remove("version");
      for (String user : USERS) {
        List<String> allow = allowed(send("OPTIONS", target.path(), user, null));
        boolean offersWrite = allow.contains("PUT");
        assertThat(allow.contains("PATCH")).isEqualTo(offersWrite);
        assertThat(allow.contains("DELETE")).isEqualTo(offersWrite);
        int put = send("PUT", target.path(), user, body.toString(), "If-Match", STALE).statusCode();
        int delete = send("DELETE", target.path(), user, null, "If-Match", STALE).statusCode();
        assertThat(put).as("PUT %s by %s", target, user).isIn(401, 403, 412);
        assertThat(delete).as("DELETE %s by %s", target, user).isIn(401, 403, 412);
        if (offersWrite == refused(put) || offersWrite == refused(delete)) {
          disagreements.add(
              target + " " + user + ": Allow " + allow + ", PUT " + put + ", DELETE " + delete);
        }
        if (offersWrite) {
          offered++;
        } else {
          withheld++;
        }
      }
    }
    assertThat(disagreements).isEmpty();
    // the matrix has both answers in it
    assertThat(offered).isGreaterThan(5);
    assertThat(withheld).isGreaterThan(5);
  }

  @Test
  void aCountyOfficerIsNotOfferedToWriteTheNeighbouringCounty() {
    String changji = "/ogc/collections/divisions/items/652301000000";
    assertThat(allowed(send("OPTIONS", changji, "fukang.officer", null)))
        .doesNotContain("PUT", "PATCH", "DELETE");
    assertThat(send("DELETE", changji, "fukang.officer", null, "If-Match", STALE).statusCode())
        .isEqualTo(403);
    assertThat(allowed(send("OPTIONS", changji, "changji.officer", null)))
        .contains("PUT", "PATCH", "DELETE");
    String fukang = "/ogc/collections/divisions/items/652302000000";
    assertThat(allowed(send("OPTIONS", fukang, "fukang.officer", null)))
        .contains("PUT", "PATCH", "DELETE");
  }

  @Test
  void aFeatureThatDoesNotExistIsOfferedByRoleAlone() {
    // QGIS asks OPTIONS of items/unknown_id when a collection is empty
    String unknown = "/ogc/collections/facilities/items/unknown_id";
    assertThat(allowed(send("OPTIONS", unknown, "planner", null))).contains("PUT", "DELETE");
    assertThat(allowed(send("OPTIONS", unknown, "viewer", null))).doesNotContain("PUT", "DELETE");
    assertThat(allowed(send("OPTIONS", "/ogc/collections/facilities/items", "planner", null)))
        .contains("POST");
    assertThat(allowed(send("OPTIONS", "/ogc/collections/facilities/items", null, null)))
        .doesNotContain("POST");
  }
}
