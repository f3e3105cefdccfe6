package org.civgis.boundary.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A boundary agreement (界线协议书) that lines and markers cite.
 *
 * @param id row id, 0 before it is stored
 * @param code the agreement's number, unique
 * @param title its title
 * @param signedOn the day it was signed, or {@code null}
 * @param parties the 12-digit codes of the parties
 * @param remarks 备注, or {@code null}
 * @param source where the record comes from
 */
public record BoundaryAgreement(
    long id,
    String code,
    String title,
    LocalDate signedOn,
    List<String> parties,
    String remarks,
    String source) {
  public BoundaryAgreement {
    parties = List.copyOf(parties);
  }
}
