package org.civgis.gazetteer.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.geo.crs.Srid;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceNameRepositoryIT {
  private PlaceNameRepository names;

  @BeforeAll
  void schema(TestDatabase database) {
    GazetteerSchema.migrate(database.dataSource());
    names = new PlaceNameRepository(JdbcClient.create(database.dataSource()));
  }

  private static PlaceName proposal(String code, String name) throws Exception {
    Geometry road = new WKTReader().read("LINESTRING (88.18 44.15, 88.20 44.16)");
    road.setSRID(Srid.CGCS2000);
    return new PlaceName(
        0,
        0,
        code,
        NameText.of(name, name.substring(0, name.length() - 1), "路", "road"),
        road,
        false,
        "652302000000",
        List.of("652302000000"),
        NameStatus.PROPOSED,
        null,
        null,
        null,
        null,
        "test",
        "fukang.officer",
        null);
  }

  private static final SearchKeys KEYS = new SearchKeys("bofenglu", "bfl");

  @Test
  void storesAndReadsEveryField() throws Exception {
    PlaceName stored = names.insert(proposal("T-1", "博峰路"), KEYS);
    assertThat(stored.id()).isPositive();
    assertThat(stored.revision()).isEqualTo(1);
    assertThat(stored.text().standardName()).isEqualTo("博峰路");
    assertThat(stored.geometry().getSRID()).isEqualTo(Srid.CGCS2000);
    assertThat(stored.divisionCodes()).containsExactly("652302000000");
    assertThat(stored.supersedesId()).isNull();
  }

  @Test
  void updatesOnlyAgainstTheRevisionItWasBasedOn() throws Exception {
    PlaceName stored = names.insert(proposal("T-2", "天池路"), KEYS);
    PlaceName edited =
        stored.withContent(
            NameText.of("天池东路", "天池东", "路", "road"), stored.geometry(), stored.divisionCodes());
    PlaceName updated = names.update(stored, edited, KEYS).orElseThrow();
    assertThat(updated.revision()).isEqualTo(2);
    assertThat(names.update(stored, edited, KEYS)).isEmpty();
  }

  @Test
  void asOfAndLineageInBothDirections() throws Exception {
    LocalDate announced = LocalDate.of(2020, 5, 1);
    LocalDate renamed = LocalDate.of(2024, 5, 1);
    PlaceName old =
        names.insert(
            proposal("T-3", "迎宾路")
                .withStatus(
                    NameStatus.RENAMED,
                    announced,
                    renamed,
                    new PlaceName.Approval("阜康市人民政府", announced, "文1"),
                    new PlaceName.Announcement("公告1", announced)),
            KEYS);
    PlaceName successor =
        new PlaceName(
            0,
            0,
            "T-3",
            NameText.of("迎宾大道", "迎宾", "大道", "road"),
            old.geometry(),
            false,
            "652302000000",
            List.of(),
            NameStatus.FILED,
            renamed,
            null,
            new PlaceName.Approval("阜康市人民政府", renamed, "文2"),
            new PlaceName.Announcement("公告2", renamed),
            "test",
            "fukang.officer",
            old.id());
    PlaceName current = names.insert(successor, KEYS);

    assertThat(names.validOn(LocalDate.of(2022, 1, 1), "652302", 100, 0))
        .extracting(n -> n.text().standardName())
        .contains("迎宾路")
        .doesNotContain("迎宾大道");
    assertThat(names.validOn(renamed, "652302", 100, 0))
        .extracting(n -> n.text().standardName())
        .contains("迎宾大道")
        .doesNotContain("迎宾路");
    assertThat(names.successors(old.id())).extracting(PlaceName::id).containsExactly(current.id());
    assertThat(names.findById(current.id()).orElseThrow().supersedesId()).isEqualTo(old.id());
    assertThat(names.history("T-3"))
        .extracting(n -> n.text().standardName())
        .containsExactly("迎宾路", "迎宾大道");
  }

  @Test
  void aFeatureHasOneCurrentStandardNameAtATime() throws Exception {
    LocalDate day = LocalDate.of(2021, 1, 1);
    PlaceName.Approval approval = new PlaceName.Approval("政府", day, "文");
    PlaceName.Announcement announcement = new PlaceName.Announcement("公告", day);
    names.insert(
        proposal("T-4", "滨河路").withStatus(NameStatus.FILED, day, null, approval, announcement),
        KEYS);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                names.insert(
                    proposal("T-4", "滨湖路")
                        .withStatus(NameStatus.ANNOUNCED, day, null, approval, announcement),
                    KEYS))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void stepsReviewsAndAttachments() throws Exception {
    PlaceName stored = names.insert(proposal("T-5", "文化路"), KEYS);
    names.recordStep(stored.id(), null, NameStatus.PROPOSED, LocalDate.of(2024, 1, 1), "a", null);
    names.recordStep(
        stored.id(),
        NameStatus.PROPOSED,
        NameStatus.UNDER_REVIEW,
        LocalDate.of(2024, 1, 2),
        "a",
        "送审");
    assertThat(names.steps(stored.id()))
        .extracting(NameStep::to)
        .containsExactly(NameStatus.PROPOSED, NameStatus.UNDER_REVIEW);

    names.addReview(
        stored.id(),
        new NameReview(
            NameReview.Kind.EXPERT_EVALUATION, LocalDate.of(2024, 1, 3), null, "意见", null, "a"));
    assertThat(names.reviews(stored.id()))
        .singleElement()
        .extracting(NameReview::isConcluded)
        .isEqualTo(false);

    byte[] pdf = "%PDF-1.4 批准文件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long attachment =
        names.addAttachment(
            stored.id(),
            new NameAttachment(
                0, "批准文件.pdf", "application/pdf", pdf.length, "0".repeat(64), "批准文件", "a"),
            pdf);
    assertThat(names.attachments(stored.id()))
        .singleElement()
        .extracting(NameAttachment::fileName)
        .isEqualTo("批准文件.pdf");
    assertThat(names.attachmentContent(stored.id(), attachment)).contains(pdf);
    assertThat(names.attachmentContent(stored.id() + 1000, attachment)).isEmpty();
  }
}
