package org.civgis.boundary.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhotoTypeTest {

  @Test
  void theTypeIsReadFromTheMagicNumber() {
    assertThat(PhotoType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
        .hasValue("image/jpeg");
    assertThat(PhotoType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
        .hasValue("image/png");
    assertThat(PhotoType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
        .hasValue("image/webp");
  }

  @Test
  void anythingElseIsNoPhoto() {
    assertThat(PhotoType.of("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(PhotoType.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)))
        .isEmpty();
    assertThat(PhotoType.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    assertThat(PhotoType.of(new byte[0])).isEmpty();
  }
}
