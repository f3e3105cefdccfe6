package org.civgis.gazetteer.address;

/**
 * The divisions an address lies in, as they were named when the address version was made: the
 * county-level unit, the township or street (乡镇、街道), the community or village (社区、村).
 *
 * @param countyCode 12-digit code of the county-level unit
 * @param countyName its name, e.g. 昌吉市
 * @param townshipCode 12-digit code of the township or street, or {@code null}
 * @param townshipName its name, e.g. 北京南路街道, or {@code null}
 * @param communityCode 12-digit code of the community or village, or {@code null}
 * @param communityName its name without the committee, e.g. 文化宫社区, or {@code null}
 */
public record DivisionChain(
    String countyCode,
    String countyName,
    String townshipCode,
    String townshipName,
    String communityCode,
    String communityName) {

  public DivisionChain {
    if (countyCode == null || !countyCode.matches("[0-9]{12}") || countyName == null) {
      throw new IllegalArgumentException("an address lies in a county: " + countyCode);
    }
  }

  /** The most specific code of the chain. */
  public String mostSpecificCode() {
    return communityCode != null ? communityCode : townshipCode != null ? townshipCode : countyCode;
  }

  /**
   * The name of a community or village without its committee: 西街社区居民委员会 → 西街社区, 北门村村委会 → 北门村,
   * 香槟社区委员会 → 香槟社区.
   */
  public static String withoutCommittee(String name) {
    return name.replaceFirst("(居民委员会|居委会|村民委员会|村委会|委员会)$", "");
  }
}
