/** Photos are compressed on the device before they are queued: at most 1600 px, JPEG 0.75. */

const MAX_EDGE = 1600;
const QUALITY = 0.75;

/** The longest edge scaled to at most `maxEdge`, keeping the aspect ratio. */
export function scaledSize(
  width: number,
  height: number,
  maxEdge = MAX_EDGE,
): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Draws `file` on a canvas at the scaled size and encodes it as JPEG. */
export async function compressPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const size = scaledSize(bitmap.width, bitmap.height);
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("无法压缩照片：浏览器不支持 canvas");
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("照片压缩失败"))),
      "image/jpeg",
      QUALITY,
    ),
  );
}

/** The SHA-256 of `blob` as lowercase hex (the server checks it when the last piece arrives). */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
