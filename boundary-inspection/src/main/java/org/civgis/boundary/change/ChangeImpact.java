package org.civgis.boundary.change;

import java.util.List;

/**
 * The impact of a division change: every feature it touches, and which kinds of feature were
 * examined (a kind without a registered source is not examined, and so not claimed untouched).
 */
public record ChangeImpact(List<ImpactedFeature> features, List<String> kindsExamined) {
  public ChangeImpact {
    features = List.copyOf(features);
    kindsExamined = List.copyOf(kindsExamined);
  }

  /** The features of one kind. */
  public List<ImpactedFeature> ofKind(String kind) {
    return features.stream().filter(f -> f.kind().equals(kind)).toList();
  }
}
