package org.civgis.boundary.inspection;

import java.util.List;
import java.util.Optional;

/**
 * The media type of a photo read from its first bytes (its magic number), never from what the
 * sender says: JPEG ({@code FF D8 FF}), PNG ({@code 89 50 4E 47 0D 0A 1A 0A}) or WebP ({@code
 * RIFF}, 4 bytes of size, {@code WEBP}). Anything else is not a photo this system stores or serves.
 */
public final class PhotoType {
  /** The media types a photo may have. */
  public static final List<String> MEDIA_TYPES = List.of("image/jpeg", "image/png", "image/webp");

  /** How many leading bytes {@link #of} needs to recognise every type. */
  public static final int HEAD_BYTES = 12;

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
  private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

  private PhotoType() {}

  /** The media type of content starting with {@code head}; empty when it is none of the types. */
  public static Optional<String> of(byte[] head) {
    if (startsWith(head, 0, JPEG)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(head, 0, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int at, byte[] magic) {
    if (content == null || content.length < at + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[at + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
