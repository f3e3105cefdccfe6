/**
 * Sends the queue to the server: records in one batch per round (each with its own id, so a
 * batch resent after a lost answer is stored once), then photos in pieces from where the server
 * says it has them.
 */
import { ApiError, write } from "../api/http";
import { fieldStore, type QueuedPhoto, type QueuedRecord } from "./fieldStore";

/** Bytes per photo piece. */
export const PIECE_BYTES = 64 * 1024;

export interface SyncOutcome {
  records: number;
  conflicts: number;
  photos: number;
}

function body(record: QueuedRecord): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { synced, kind, roundId, ...rest } = record;
  return rest;
}

export async function syncAll(): Promise<SyncOutcome> {
  const pending = (await fieldStore.records()).filter((r) => !r.synced);
  const rounds = new Set(pending.map((r) => r.roundId));
  let conflicts = 0;
  for (const roundId of rounds) {
    const ofRound = pending.filter((r) => r.roundId === roundId);
    const result = await write<{ results: { id: string; conflict?: boolean }[] }>({
      method: "POST",
      path: `/api/inspection/rounds/${roundId}/sync`,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        markers: ofRound.filter((r) => r.kind === "MARKER").map(body),
        segments: ofRound.filter((r) => r.kind === "SEGMENT").map(body),
      }),
    });
    conflicts += result.body.results.filter((r) => r.conflict).length;
    for (const record of ofRound) await fieldStore.putRecord({ ...record, synced: true });
  }
  let photos = 0;
  for (const photo of (await fieldStore.photos()).filter((p) => !p.complete)) {
    await uploadPhoto(photo);
    photos++;
  }
  return { records: pending.length, conflicts, photos };
}

async function uploadPhoto(photo: QueuedPhoto): Promise<void> {
  let offset = photo.uploadedBytes;
  while (offset < photo.size) {
    const piece = photo.blob.slice(offset, offset + PIECE_BYTES);
    const query = new URLSearchParams({
      record: photo.recordId,
      offset: String(offset),
      size: String(photo.size),
      sha256: photo.sha256,
      type: photo.type,
    });
    try {
      const answer = await write<{ receivedBytes: number; complete: boolean }>({
        method: "PUT",
        path: `/api/inspection/rounds/${photo.roundId}/photos/${photo.id}?${query}`,
        headers: { "Content-Type": "application/octet-stream" },
        body: piece as unknown as string, // fetch sends a Blob as it is
      });
      offset = answer.body.receivedBytes;
      await fieldStore.putPhoto({
        ...photo,
        uploadedBytes: offset,
        complete: answer.body.complete,
      });
    } catch (error) {
      const problem =
        error instanceof ApiError ? (error.problem as Record<string, unknown> | null) : null;
      const received = problem?.["receivedBytes"];
      if (error instanceof ApiError && error.status === 409 && typeof received === "number") {
        offset = received; // resume where the server is
        continue;
      }
      throw error;
    }
  }
}
