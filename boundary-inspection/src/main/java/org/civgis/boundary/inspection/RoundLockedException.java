package org.civgis.boundary.inspection;

/** A write to a round that both sides have signed (or to its records, findings and disputes). */
public final class RoundLockedException extends RuntimeException {
  public RoundLockedException(long roundId) {
    super("联检轮次 " + roundId + " 已由双方签认并锁定，不能再修改");
  }
}
