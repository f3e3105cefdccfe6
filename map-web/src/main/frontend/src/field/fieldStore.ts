/**
 * The field app's offline store in IndexedDB: the downloaded round packages, the records made in
 * the field (kept until the server has them) and their photos. Survives reloads and restarts.
 */

const DB_NAME = "civgis-field";
const DB_VERSION = 1;

/** A marker record as queued: the body the sync API takes, plus its local state. */
export interface QueuedMarkerRecord {
  kind: "MARKER";
  id: string;
  roundId: number;
  taskId: number | null;
  markerId: number;
  markerNumber: string;
  team: string;
  condition: "INTACT" | "DAMAGED" | "DISPLACED" | "MISSING";
  landmarksComplete: boolean;
  lon: number | null;
  lat: number | null;
  accuracyMeters: number | null;
  fixes: number | null;
  notes: string | null;
  observedAt: string;
  synced: boolean;
}

/** A segment record as queued. */
export interface QueuedSegmentRecord {
  kind: "SEGMENT";
  id: string;
  roundId: number;
  taskId: number;
  label: string;
  team: string;
  terrainChanged: boolean;
  lineIdentifiable: boolean;
  construction: boolean;
  notes: string | null;
  observedAt: string;
  synced: boolean;
}

export type QueuedRecord = QueuedMarkerRecord | QueuedSegmentRecord;

/** A photo taken in the field, compressed on the device; uploaded in pieces. */
export interface QueuedPhoto {
  id: string;
  recordId: string;
  roundId: number;
  type: string;
  sha256: string;
  size: number;
  blob: Blob;
  uploadedBytes: number;
  complete: boolean;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore("packages", { keyPath: "round.id" });
      db.createObjectStore("records", { keyPath: "id" });
      db.createObjectStore("photos", { keyPath: "id" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB 无法打开"));
  });
}

async function run<T>(
  store: string,
  mode: IDBTransactionMode,
  work: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = work(tx.objectStore(store));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB 写入失败"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB 写入中止"));
    });
  } finally {
    db.close();
  }
}

export const fieldStore = {
  putPackage: (pkg: FieldPackage) => run("packages", "readwrite", (s) => s.put(pkg)),
  packages: () => run<FieldPackage[]>("packages", "readonly", (s) => s.getAll()),
  putRecord: (record: QueuedRecord) => run("records", "readwrite", (s) => s.put(record)),
  records: () => run<QueuedRecord[]>("records", "readonly", (s) => s.getAll()),
  putPhoto: (photo: QueuedPhoto) => run("photos", "readwrite", (s) => s.put(photo)),
  photos: () => run<QueuedPhoto[]>("photos", "readonly", (s) => s.getAll()),
};

/** What `GET /api/inspection/rounds/{id}/package` answers. */
export interface FieldPackage {
  round: {
    id: number;
    title: string;
    status: string;
    lineCodes: string[];
    toleranceMeters: number;
  };
  maxAccuracyMeters: number;
  tasks: {
    id: number;
    kind: "MARKER" | "SEGMENT";
    lineCode: string;
    markerId: number | null;
    segmentNo: number | null;
    label: string;
  }[];
  markers: {
    id: number;
    number: string;
    lineCode: string;
    lon: number;
    lat: number;
    condition: string;
    landmarks: { name: string; bearingDeg: number; distanceM: number }[];
  }[];
  lines: { lineCode: string; geometry: { type: string; coordinates: number[][][] } }[];
  bbox: [number, number, number, number] | null;
  downloadedAt?: string;
}
