package dev.cenkit.inmemory.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.scenarios.Scenarios.Step3;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DataCenterHostFilteringTest {
  @Test
  void sg56ADataCenterBackendHasNoSecurityGroupAndTheAnswerSaysSo() {
    ReachabilityAnswer answer = Scenarios.scenario3(EnumSet.noneOf(Step3.class)).backend();
    assertThat(answer.verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(answer.notes())
        .anySatisfy(n -> {
          assertThat(n.code()).isEqualTo(BlockerCode.DATA_CENTER_HOST_NOT_FILTERED);
          assertThat(n.rule()).contains(RuleId.SG56);
          assertThat(n.message()).contains("192.168.10.5").contains("TCP/8080");
        });
  }
}
