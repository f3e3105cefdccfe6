package org.civgis.gazetteer.placename.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * 重: the same name, or a name that sounds the same, in the same county and the same major class.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>A name of the index with the candidate's normalised name ({@link NameKeys#normalize}), in
 *       the candidate's county and major class, is a duplicate: {@link
 *       ReasonCode#DUPLICATE_IN_SCOPE}, naming the duplicates' ids.
 *   <li>A name with the same toneless pinyin ({@link NameKeys#tonelessPinyin}) but another
 *       normalised name is a homophone: {@link ReasonCode#HOMOPHONE_IN_SCOPE} (幸福路 and 兴福路).
 *   <li>Names with the candidate's id are the candidate itself and are left out.
 *   <li>At most one warning of each code per name.
 * </ol>
 */
public final class DuplicateNameRule implements NameRule {
  private final NameKeys keys;

  public DuplicateNameRule(NameKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(ReasonCode.DUPLICATE_IN_SCOPE, ReasonCode.HOMOPHONE_IN_SCOPE);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    String county = candidate.countyCode();
    PlaceCategory major = candidate.category().major();
    String normalized = keys.normalize(candidate.name());
    List<IndexedName> same = others(candidate, index.byNormalizedName(county, major, normalized));
    String scope = "（" + major.chineseName() + "）";
    NameWarning duplicate =
        same.isEmpty()
            ? null
            : NameWarning.of(
                    ReasonCode.DUPLICATE_IN_SCOPE,
                    candidate.name(),
                    "“" + candidate.name() + "”已有" + same.size() + "处" + scope)
                .withRelated(same.stream().map(IndexedName::id).toList());
    String pinyin = keys.tonelessPinyin(candidate.name());
    List<IndexedName> sounding =
        pinyin.isEmpty()
            ? List.of()
            : others(candidate, index.byTonelessPinyin(county, major, pinyin)).stream()
                .filter(n -> !keys.normalize(n.name()).equals(normalized))
                .toList();
    NameWarning homophone =
        sounding.isEmpty()
            ? null
            : NameWarning.of(
                    ReasonCode.HOMOPHONE_IN_SCOPE,
                    pinyin,
                    "“"
                        + candidate.name()
                        + "”与“"
                        + String.join(
                            "”“", sounding.stream().map(IndexedName::name).distinct().toList())
                        + "”同音（"
                        + pinyin
                        + "）"
                        + scope)
                .withRelated(sounding.stream().map(IndexedName::id).toList());
    return Stream.of(duplicate, homophone).filter(Objects::nonNull).toList();
  }

  private static List<IndexedName> others(NameCandidate candidate, List<IndexedName> found) {
    return found.stream().filter(n -> !n.id().equals(candidate.id())).toList();
  }
}
