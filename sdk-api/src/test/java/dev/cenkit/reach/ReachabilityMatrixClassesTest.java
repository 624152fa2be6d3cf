package dev.cenkit.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.error.InvalidParameterException;
import dev.cenkit.model.vpc.VpcId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReachabilityMatrixClassesTest {
  private static final List<Endpoint> ROWS = List.of(
      VpcHost.of(VpcId.of("vpc-aaaaaaaaaaaaaaaaaaaa"), "10.0.0.10"),
      VpcHost.of(VpcId.of("vpc-bbbbbbbbbbbbbbbbbbbb"), "10.1.0.10"),
      VpcHost.of(VpcId.of("vpc-cccccccccccccccccccc"), "10.2.0.10"));
  private static final List<String> COLUMNS = List.of("x", "y");

  private static ReachabilityMatrix<String> byClasses() {
    // rows 0 and 2 share a class; both columns share one
    ReachabilityMatrix.ClassBuilder<String> b = ReachabilityMatrix.classBuilder(ROWS, COLUMNS, 7, new int[] {0, 1, 0}, new int[] {0, 0});
    b.set(1, 0, Verdict.UNREACHABLE, BlockerCode.NOT_IN_SAME_CEN);
    return b.build();
  }

  @Test
  void aMatrixBuiltByClassesAnswersEveryCellFromItsRowAndColumnClass() {
    ReachabilityMatrix<String> m = byClasses();

    assertThat(m.cell(0, 1)).isEqualTo(new MatrixCell(Verdict.REACHABLE, Optional.empty()));
    assertThat(m.cell(2, 0)).isEqualTo(new MatrixCell(Verdict.REACHABLE, Optional.empty()));
    assertThat(m.cell(ROWS.get(1), "y")).isEqualTo(new MatrixCell(Verdict.UNREACHABLE, Optional.of(BlockerCode.NOT_IN_SAME_CEN)));
    assertThat(m.countByVerdict()).containsAllEntriesOf(Map.of(Verdict.REACHABLE, 4L, Verdict.UNREACHABLE, 2L, Verdict.TEST_BANDWIDTH_ONLY, 0L));
  }

  @Test
  void aMatrixBuiltByClassesDiffsLikeOneBuiltCellByCell() {
    ReachabilityMatrix.Builder<String> dense = ReachabilityMatrix.builder(ROWS, COLUMNS, 8);
    dense.set(1, 0, Verdict.UNREACHABLE, BlockerCode.NOT_IN_SAME_CEN);
    dense.set(1, 1, Verdict.UNREACHABLE, BlockerCode.NOT_IN_SAME_CEN);
    dense.set(2, 1, Verdict.UNREACHABLE, BlockerCode.NO_ROUTE);

    List<MatrixChange<String>> changes = byClasses().diff(dense.build());

    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.row()).isEqualTo(ROWS.get(2));
      assertThat(c.column()).isEqualTo("y");
      assertThat(c.after().firstBlocker()).contains(BlockerCode.NO_ROUTE);
    });
  }

  @Test
  void aClassPairOutsideTheClassesOrAClassPerRowMissingIsAnInvalidParameter() {
    ReachabilityMatrix.ClassBuilder<String> b = ReachabilityMatrix.classBuilder(ROWS, COLUMNS, 7, new int[] {0, 1, 0}, new int[] {0, 0});

    assertThatThrownBy(() -> b.set(2, 0, Verdict.REACHABLE, null)).isInstanceOf(InvalidParameterException.class).hasMessageContaining("outside 2 x 1");
    assertThatThrownBy(() -> ReachabilityMatrix.classBuilder(ROWS, COLUMNS, 7, new int[] {0}, new int[] {0, 0}))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("3 rows");
  }
}
