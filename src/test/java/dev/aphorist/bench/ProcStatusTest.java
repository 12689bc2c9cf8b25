package dev.aphorist.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProcStatusTest {

  @Test
  void readsResidentAndPeakSizes() {
    String status =
        "Name:\tjava\nVmPeak:\t 5000000 kB\nVmHWM:\t  262144 kB\nVmRSS:\t  204800 kB\nThreads:\t40\n";
    ProcStatus memory = ProcStatus.parse(status);
    assertThat(memory).isEqualTo(new ProcStatus(204_800, 262_144));
    assertThat(memory.rssMib()).isEqualTo(200.0);
    assertThat(memory.hwmMib()).isEqualTo(256.0);
    assertThatThrownBy(() -> ProcStatus.parse("Name:\tjava\n")).hasMessageContaining("VmRSS");
  }

  @Test
  void addsUserAndSystemTicksAfterACommandNameWithSpaces() {
    String stat = "4242 (my java) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 30 0";
    assertThat(ProcStatus.cpuMillisFromStat(stat)).isEqualTo(3_000);
  }

  @Test
  void readsThisProcess() throws Exception {
    ProcStatus self = ProcStatus.of(ProcessHandle.current().pid());
    assertThat(self.vmRssKib()).isPositive();
    assertThat(self.vmHwmKib()).isGreaterThanOrEqualTo(self.vmRssKib());
  }

  @Test
  void nanoClockConvertsBothWays() {
    NanoClock clock = new NanoClock(Instant.parse("2025-01-01T00:00:00Z"), 5_000_000_000L);
    assertThat(clock.at(6_500_000_001L)).isEqualTo(Instant.parse("2025-01-01T00:00:01.500000001Z"));
    assertThat(clock.nanoTimeOf(Instant.parse("2024-12-31T23:59:59.75Z")))
        .isEqualTo(4_750_000_000L);
  }
}
