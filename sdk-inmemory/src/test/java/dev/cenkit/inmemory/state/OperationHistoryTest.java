package dev.cenkit.inmemory.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.error.CenkitException;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.spi.operation.Operation;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operation history: a spec's operations appended in one node read back as if appended one by one. */
class OperationHistoryTest {
  private static List<Operation<?>> vpcs(int from, int count) {
    List<Operation<?>> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      out.add(CreateVpcRequest.builder().region(RegionId.CN_HANGZHOU).cidrBlock(Cidr.of("10." + i + ".0.0/16")).build());
    }
    return out;
  }

  @Test
  void operationsAppendedTogetherReadBackAsTheSameEntriesAsAppendedOneByOne() {
    AccountId other = AccountId.of("1234567890123456");
    List<Operation<?>> first = vpcs(0, 3);
    List<Operation<?>> second = vpcs(3, 4);
    Operation<?> single = vpcs(7, 1).get(0);

    OperationHistory together =
        OperationHistory.seeded(7).plusAll(1, first, AccountId.DEFAULT).plus(2, single).plusAll(3, second, other);
    OperationHistory oneByOne = OperationHistory.seeded(7);
    for (Operation<?> op : first) {
      oneByOne = oneByOne.plus(1, op);
    }
    oneByOne = oneByOne.plus(2, single);
    for (Operation<?> op : second) {
      oneByOne = oneByOne.plus(3, op, other);
    }

    assertThat(together.entries()).hasSize(8).isEqualTo(oneByOne.entries());
    assertThat(together.seed()).isEqualTo(7);
    assertThat(together.entries().get(7).account()).isEqualTo(other);
  }

  @Test
  void anEarlierHistoryKeepsItsOwnEntriesWhenALaterOneAppendsASpec() {
    OperationHistory before = OperationHistory.seeded(1).plusAll(1, vpcs(0, 2), AccountId.DEFAULT);
    OperationHistory after = before.plusAll(2, vpcs(2, 5), AccountId.DEFAULT);

    assertThat(before.entries()).extracting(OperationHistory.Entry::commitVersion).containsExactly(1L, 1L);
    assertThat(after.entries()).extracting(OperationHistory.Entry::commitVersion)
        .containsExactly(1L, 1L, 2L, 2L, 2L, 2L, 2L);
  }

  @Test
  void aHistoryNotRecordedStaysEmptyAndNoOperationsLeaveAHistoryAsItIs() {
    OperationHistory unrecorded = OperationHistory.seeded(3, false);
    OperationHistory recorded = OperationHistory.seeded(3);

    assertThat(unrecorded.plusAll(1, vpcs(0, 3), AccountId.DEFAULT)).isSameAs(unrecorded);
    assertThat(recorded.plusAll(1, List.of(), AccountId.DEFAULT)).isSameAs(recorded);
    assertThat(unrecorded.entries()).isEmpty();
  }

  @Test
  void aMissingOperationOrAccountIsRefused() {
    OperationHistory h = OperationHistory.seeded(3);

    assertThatThrownBy(() -> h.plusAll(1, Arrays.asList(vpcs(0, 1).get(0), null), AccountId.DEFAULT))
        .isInstanceOf(CenkitException.class);
    assertThatThrownBy(() -> h.plusAll(1, vpcs(0, 1), null)).isInstanceOf(CenkitException.class);
    assertThatThrownBy(() -> h.plusAll(1, null, AccountId.DEFAULT)).isInstanceOf(CenkitException.class);
  }
}
