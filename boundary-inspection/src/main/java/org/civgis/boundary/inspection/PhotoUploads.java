package org.civgis.boundary.inspection;

import java.util.UUID;
import org.civgis.boundary.inspection.FieldRecordRepository.PhotoUpload;

/**
 * Resumable photo uploads: the device announces a photo (id, record, type, size, SHA-256), then
 * sends pieces at offsets.
 *
 * <ol>
 *   <li>A piece at the offset where the received bytes end is appended; a piece that lies wholly
 *       inside what was received (a resend after a lost answer) is acknowledged and not stored
 *       again; any other offset is refused with the offset to resume from.
 *   <li>When the last byte arrives the digest is compared; a mismatch starts the upload over.
 *   <li>Pieces to a complete photo are acknowledged and change nothing.
 *   <li>The first piece must hold the photo's first {@value PhotoType#HEAD_BYTES} bytes (or all of
 *       it, if smaller), and they must show a JPEG, PNG or WebP image ({@link PhotoType}); anything
 *       else is refused before a byte is stored. The photo keeps the type its content shows, not
 *       the one announced.
 * </ol>
 */
public final class PhotoUploads {
  private final FieldRecordRepository records;
  private final InspectionService service;

  public PhotoUploads(FieldRecordRepository records, InspectionService service) {
    this.records = records;
    this.service = service;
  }

  /** An offset the upload cannot continue from; {@code receivedBytes} is where to resume. */
  public static final class OffsetMismatchException extends RuntimeException {
    private final int receivedBytes;

    public OffsetMismatchException(int receivedBytes) {
      super("照片须从第 " + receivedBytes + " 字节续传");
      this.receivedBytes = receivedBytes;
    }

    public int receivedBytes() {
      return receivedBytes;
    }
  }

  /** Announces a photo of a stored record; repeating the announcement changes nothing. */
  public PhotoUpload announce(PhotoUpload photo, String by) {
    service.requireWritable(photo.roundId());
    MarkerRecord record =
        records
            .markerRecord(photo.recordId())
            .filter(r -> r.roundId() == photo.roundId())
            .orElseThrow(
                () ->
                    new InspectionRefusedException(
                        "recordId", "本轮联检没有编号为 " + photo.recordId() + " 的记录"));
    if (!photo.sha256().matches("[0-9a-f]{64}")) {
      throw new InspectionRefusedException("sha256", "须为 64 位十六进制小写的 SHA-256");
    }
    records.announcePhoto(photo, by);
    PhotoUpload stored = records.photoForUpdate(photo.id()).orElseThrow();
    if (!stored.recordId().equals(record.id())) {
      throw new InspectionRefusedException("id", "照片编号 " + photo.id() + " 已属于另一条记录");
    }
    return stored;
  }

  /** Adds {@code piece} at {@code offset}; returns the upload after. */
  public PhotoUpload append(UUID photoId, int offset, byte[] piece) {
    PhotoUpload photo =
        records
            .photoForUpdate(photoId)
            .orElseThrow(
                () -> new InspectionRefusedException("photoId", "没有编号为 " + photoId + " 的照片，须先登记"));
    service.requireWritable(photo.roundId());
    if (photo.complete() || (offset >= 0 && offset + piece.length <= photo.receivedBytes())) {
      return photo;
    }
    if (offset != photo.receivedBytes()) {
      throw new OffsetMismatchException(photo.receivedBytes());
    }
    if (offset + piece.length > photo.sizeBytes()) {
      throw new InspectionRefusedException("content", "超出登记的照片大小 " + photo.sizeBytes() + " 字节");
    }
    if (offset == 0) {
      if (piece.length < Math.min(PhotoType.HEAD_BYTES, photo.sizeBytes())) {
        throw new InspectionRefusedException(
            "content", "第一段须至少包含照片的前 " + PhotoType.HEAD_BYTES + " 字节（用于识别图像类型）");
      }
      String type =
          PhotoType.of(piece)
              .orElseThrow(
                  () -> new InspectionRefusedException("content", "照片内容不是 JPEG、PNG 或 WebP 图像"));
      if (!type.equals(photo.mediaType())) {
        records.setPhotoMediaType(photoId, type);
      }
    }
    records.appendPhoto(photoId, piece);
    if (offset + piece.length == photo.sizeBytes()) {
      if (records.receivedSha256(photoId).equals(photo.sha256())) {
        records.completePhoto(photoId);
      } else {
        records.resetPhoto(photoId);
        throw new InspectionRefusedException("sha256", "照片内容与登记的 SHA-256 不符，须重新上传");
      }
    }
    return records.photoForUpdate(photoId).orElseThrow();
  }
}
