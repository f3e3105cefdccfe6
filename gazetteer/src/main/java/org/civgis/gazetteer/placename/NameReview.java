package org.civgis.gazetteer.placename;

import java.time.LocalDate;

/**
 * An expert evaluation (论证) or a public consultation (征求意见) of a proposed name, or the heritage
 * review (地名文化保护评估) of a change to a protected one.
 *
 * @param kind which of the two
 * @param startedOn first day
 * @param endedOn last day, or {@code null} while it runs
 * @param opinions what the experts or the public said
 * @param conclusion the conclusion drawn, or {@code null}
 * @param recordedBy who recorded it
 */
public record NameReview(
    Kind kind,
    LocalDate startedOn,
    LocalDate endedOn,
    String opinions,
    String conclusion,
    String recordedBy) {

  /** The reviews every proposal needs before its approval. */
  public static final java.util.Set<Kind> REQUIRED_FOR_APPROVAL =
      java.util.EnumSet.of(Kind.EXPERT_EVALUATION, Kind.PUBLIC_CONSULTATION);

  public enum Kind {
    EXPERT_EVALUATION("专家论证"),
    PUBLIC_CONSULTATION("征求意见"),
    /**
     * The heritage review (地名文化保护评估) that the renaming or retirement of a name on the heritage list
     * needs before it is decided.
     */
    HERITAGE_REVIEW("地名文化保护评估");

    private final String chineseName;

    Kind(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }

  public NameReview {
    if (kind == null || startedOn == null || opinions == null || opinions.isBlank()) {
      throw new IllegalArgumentException("a review needs its kind, start and opinions");
    }
    if (endedOn != null && endedOn.isBefore(startedOn)) {
      throw new IllegalArgumentException("a review cannot end before it starts");
    }
  }

  /** Whether the review has ended. */
  public boolean isConcluded() {
    return endedOn != null;
  }
}
