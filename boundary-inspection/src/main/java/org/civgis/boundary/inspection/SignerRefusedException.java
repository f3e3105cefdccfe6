package org.civgis.boundary.inspection;

/**
 * A sign-off refused because the signer is not one of the side's own people (see {@link Signer}).
 */
public final class SignerRefusedException extends RuntimeException {
  public SignerRefusedException(Signer signer, String sideCode) {
    super(
        "签认人 "
            + signer.displayName()
            + "（"
            + signer.username()
            + "，辖区 "
            + signer.jurisdictionCode()
            + "）不属于 "
            + sideCode
            + " 一方：每一方只能由本方辖区内的人员签认");
  }
}
