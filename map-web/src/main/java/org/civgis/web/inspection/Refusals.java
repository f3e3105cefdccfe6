package org.civgis.web.inspection;

import java.util.function.Supplier;
import org.civgis.boundary.inspection.InspectionRefusedException;
import org.civgis.boundary.inspection.RoundLockedException;
import org.civgis.boundary.inspection.SignerRefusedException;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidParameterException;

/**
 * The inspection domain's refusals as the API answers them: a locked round or a refused state
 * change 409, a signer not of the side 403, any other refusal 400 naming the field.
 */
final class Refusals {
  private Refusals() {}

  /** What {@code work} gives, its refusals answered as problems. */
  static <T> T answered(Supplier<T> work) {
    try {
      return work.get();
    } catch (RoundLockedException e) {
      throw new ConflictException(e.getMessage());
    } catch (SignerRefusedException e) {
      throw new ForbiddenException(e.getMessage());
    } catch (InspectionRefusedException e) {
      if (e.field().equals("status")) {
        throw new ConflictException(e.reason());
      }
      throw new InvalidParameterException(e.field(), e.reason());
    }
  }

  /** Runs {@code check}, its refusals answered as problems. */
  static void check(Runnable check) {
    answered(
        () -> {
          check.run();
          return null;
        });
  }

  /** What {@code read} gives; its 400 names the field under {@code prefix}, e.g. documents[1]. */
  static <T> T prefixed(String prefix, Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(prefix + e.parameter(), e.reason());
    }
  }
}
