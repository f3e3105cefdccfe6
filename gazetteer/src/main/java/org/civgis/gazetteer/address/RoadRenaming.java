package org.civgis.gazetteer.address;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries the addresses of a renamed road over to its new name, keeping their history.
 *
 * <p>Contract: every current address of the road (by its place-name code) made with another name
 * version than {@code newRoadNameId} is closed as SUPERSEDED on the day of the renaming, and a new
 * CURRENT version with the same code, number, building, unit, room and point, on the new name,
 * supersedes it. So the old address still resolves (through its successor) to the new one, and
 * nothing is deleted. Runs in the caller's transaction.
 */
public final class RoadRenaming {
  private final AddressRepository addresses;

  public RoadRenaming(AddressRepository addresses) {
    this.addresses = addresses;
  }

  /**
   * An address carried over.
   *
   * @param before the old version, closed
   * @param after the new version
   */
  public record Carried(StandardAddress before, StandardAddress after) {}

  /** Carries the addresses of road {@code roadCode} over to the name {@code newRoadName}. */
  public List<Carried> carryOver(
      String roadCode, long newRoadNameId, String newRoadName, LocalDate day) {
    List<StandardAddress> current = addresses.currentOnRoad(roadCode, null);
    List<Carried> carried = new ArrayList<>();
    List<StandardAddress> successors = new ArrayList<>();
    List<StandardAddress> closed = new ArrayList<>();
    for (StandardAddress old : current) {
      if (old.roadNameId() == newRoadNameId) {
        continue;
      }
      LocalDate closing =
          old.validFrom() != null && !day.isAfter(old.validFrom())
              ? old.validFrom().plusDays(1)
              : day;
      StandardAddress shut =
          addresses
              .close(old, AddressStatus.SUPERSEDED, closing)
              .orElseThrow(
                  () -> new IllegalStateException("address " + old.code() + " changed meanwhile"));
      closed.add(shut);
      successors.add(old.onRenamedRoad(newRoadNameId, newRoadName, closing));
    }
    long[] ids = addresses.reserveIds(successors.size());
    List<StandardAddress> withIds = new ArrayList<>();
    for (int i = 0; i < successors.size(); i++) {
      withIds.add(successors.get(i).stored(ids[i], 1));
    }
    addresses.insertAll(withIds);
    for (int i = 0; i < withIds.size(); i++) {
      carried.add(new Carried(closed.get(i), withIds.get(i)));
    }
    return carried;
  }
}
