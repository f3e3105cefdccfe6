package org.civgis.web.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WalPositionTest {

  @Test
  void parsesAndPrintsPostgresTextForm() {
    assertThat(WalPosition.parse("0/3000028").bytes()).isEqualTo(0x3000028L);
    assertThat(WalPosition.parse("16/B374D848").bytes()).isEqualTo(0x16_B374_D848L);
    assertThat(WalPosition.parse("16/B374D848")).hasToString("16/B374D848");
  }

  @Test
  void comparesAcrossTheLowWord() {
    // 1/0 is after 0/FFFFFFFF: the high word counts first
    assertThat(WalPosition.parse("1/0").reached(WalPosition.parse("0/FFFFFFFF"))).isTrue();
    assertThat(WalPosition.parse("0/FFFFFFFF").reached(WalPosition.parse("1/0"))).isFalse();
    assertThat(WalPosition.parse("0/10").reached(WalPosition.parse("0/10"))).isTrue();
    // unsigned: the top of the range is after everything
    assertThat(WalPosition.parse("FFFFFFFF/0").reached(WalPosition.parse("7FFFFFFF/0"))).isTrue();
  }

  @Test
  void laterOfTwoTreatsNullAsNone() {
    WalPosition a = WalPosition.parse("0/10");
    WalPosition b = WalPosition.parse("0/20");
    assertThat(WalPosition.later(a, b)).isEqualTo(b);
    assertThat(WalPosition.later(b, a)).isEqualTo(b);
    assertThat(WalPosition.later(null, a)).isEqualTo(a);
    assertThat(WalPosition.later(a, null)).isEqualTo(a);
  }

  @Test
  void refusesWhatIsNoPosition() {
    assertThatThrownBy(() -> WalPosition.parse("3000028"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WalPosition.parse("0/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WalPosition.parse("100000000/0"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
