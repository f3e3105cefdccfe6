/**
 * Joint inspection of boundary lines (界线联合检查): rounds, their desk check, the field records
 * synchronised from the field app, deviations of markers, findings, disputes, patrols and the two
 * sides' sign-off.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A round goes PLANNING → DESK_CHECK → FIELDWORK → REVIEW → SIGNED → FILED; it is signed when
 *       both its sides have confirmed it, each through one of its own people ({@link Signer}: a
 *       user whose jurisdiction is the side or lies in it), and from then on it is locked: every
 *       write that belongs to it is refused with {@link RoundLockedException} (filing excepted).
 *   <li>Field records carry the device's UUID; storing one twice stores it once. Two records of one
 *       marker in one round with different ids are both kept, flagged as a conflict and raised as a
 *       finding; neither overwrites the other.
 *   <li>Deviation is the distance in metres between the measured and the recorded position of a
 *       marker in the marker's recorded Gauss-Krüger zone; over the round's tolerance it is a
 *       finding.
 *   <li>A dispute is recorded only as {@link DisputeValidation} allows: between existing divisions,
 *       the sides of its round and line, in their land.
 *   <li>A photo is stored only when its bytes are a JPEG, PNG or WebP image ({@link PhotoType}).
 *   <li>Writes join the caller's transaction.
 * </ol>
 */
package org.civgis.boundary.inspection;
