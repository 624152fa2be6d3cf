package dev.cenkit.reach;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers to every pair of rows × columns at once — clients × APIs ({@link ReachabilityAnalyzer#matrix}) or
 * sources × destinations ({@link ReachabilityAnalyzer#networkMatrix}) — each cell the verdict and first
 * blocker of the single question for that pair. Cells are packed (two bytes each), so a matrix of millions of
 * pairs stays small. Two matrices of the same rows and columns, say before and after a change
 * ({@code cloud.preview(spec)}), give the pairs whose verdict changed with {@link #diff}.
 *
 * @param <C> the column type: an API id or an endpoint
 */
public final class ReachabilityMatrix<C> {
  private static final Verdict[] VERDICTS = Verdict.values();
  private static final BlockerCode[] CODES = BlockerCode.values();

  private final List<Endpoint> rows;
  private final List<C> columns;
  private final long snapshotVersion;
  private final short[] cells;
  private Map<Endpoint, Integer> rowIndex;
  private Map<C, Integer> columnIndex;

  private ReachabilityMatrix(List<Endpoint> rows, List<C> columns, long snapshotVersion, short[] cells) {
    this.rows = rows;
    this.columns = columns;
    this.snapshotVersion = snapshotVersion;
    this.cells = cells;
  }

  /** A builder of a matrix of {@code rows} × {@code columns}, every cell REACHABLE until set. */
  public static <C> Builder<C> builder(List<? extends Endpoint> rows, List<? extends C> columns, long snapshotVersion) {
    return new Builder<>(List.copyOf(Checks.noNullElements(rows, "rows")), List.copyOf(Checks.noNullElements(columns, "columns")),
        snapshotVersion);
  }

  /** Fills a {@link ReachabilityMatrix}; used once by the analyzer that computes it. */
  public static final class Builder<C> {
    private final List<Endpoint> rows;
    private final List<C> columns;
    private final long snapshotVersion;
    private final short[] cells;

    private Builder(List<Endpoint> rows, List<C> columns, long snapshotVersion) {
      this.rows = rows;
      this.columns = columns;
      this.snapshotVersion = snapshotVersion;
      long size = (long) rows.size() * columns.size();
      if (size > Integer.MAX_VALUE - 8) {
        throw ErrorCode.INVALID_PARAMETER.exception(
            null, "a matrix of " + rows.size() + " x " + columns.size() + " pairs is too large; split the rows", size);
      }
      this.cells = new short[(int) size];
    }

    /** Sets the cell of row {@code r} and column {@code c}. */
    public Builder<C> set(int r, int c, MatrixCell cell) {
      Checks.required(cell, "cell");
      return set(r, c, cell.verdict(), cell.firstBlocker().orElse(null));
    }

    /** Sets the cell of row {@code r} and column {@code c} from a verdict and first blocker (null when reachable). */
    public Builder<C> set(int r, int c, Verdict verdict, BlockerCode firstBlocker) {
      Checks.inRange(r, 0, rows.size() - 1L, "row", ErrorCode.INVALID_PARAMETER, null);
      Checks.inRange(c, 0, columns.size() - 1L, "column", ErrorCode.INVALID_PARAMETER, null);
      Checks.required(verdict, "verdict");
      cells[r * columns.size() + c] = pack(verdict, firstBlocker);
      return this;
    }

    /** The matrix. */
    public ReachabilityMatrix<C> build() {
      return new ReachabilityMatrix<>(rows, columns, snapshotVersion, cells);
    }
  }

  private static short pack(Verdict verdict, BlockerCode code) {
    if ((verdict == Verdict.REACHABLE) != (code == null)) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "a " + verdict + " cell needs a first blocker exactly when not reachable", verdict);
    }
    return (short) ((verdict.ordinal() << 10) | (code == null ? 0 : code.ordinal() + 1));
  }

  private static MatrixCell unpack(short packed) {
    int code = packed & 0x3ff;
    return new MatrixCell(VERDICTS[packed >> 10], code == 0 ? Optional.empty() : Optional.of(CODES[code - 1]));
  }

  /** The rows (sources or clients), in the order given. */
  public List<Endpoint> rows() {
    return rows;
  }

  /** The columns (destinations or APIs), in the order given. */
  public List<C> columns() {
    return columns;
  }

  /** The version of the snapshot the cells were read from. */
  public long snapshotVersion() {
    return snapshotVersion;
  }

  /** The cell of row {@code r} and column {@code c}. */
  public MatrixCell cell(int r, int c) {
    Checks.inRange(r, 0, rows.size() - 1, "row", ErrorCode.INVALID_PARAMETER, null);
    Checks.inRange(c, 0, columns.size() - 1, "column", ErrorCode.INVALID_PARAMETER, null);
    return unpack(cells[r * columns.size() + c]);
  }

  /** The cell of {@code row} and {@code column}; a row or column not in the matrix is an InvalidParameter. */
  public MatrixCell cell(Endpoint row, C column) {
    Integer r = rowIndex().get(row);
    Integer c = columnIndex().get(column);
    if (r == null || c == null) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, (r == null ? "row " + row : "column " + column) + " is not in this matrix", r == null ? row : column);
    }
    return cell(r, c);
  }

  /** How many cells have each verdict. */
  public Map<Verdict, Long> countByVerdict() {
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : VERDICTS) {
      counts.put(v, 0L);
    }
    for (short s : cells) {
      counts.merge(VERDICTS[s >> 10], 1L, Long::sum);
    }
    return counts;
  }

  /**
   * The pairs whose cell differs in {@code other} (a matrix of the same rows and columns, in any order), in row
   * then column order of this matrix; each change carries the cell before and after, so the new first blocker
   * says why a pair broke. Rows or columns present in only one of the two are an InvalidParameter.
   */
  public List<MatrixChange<C>> diff(ReachabilityMatrix<C> other) {
    Checks.required(other, "other matrix");
    if (rows.size() != other.rows.size() || columns.size() != other.columns.size()) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "the matrices differ in shape: " + rows.size() + " x " + columns.size() + " and "
              + other.rows.size() + " x " + other.columns.size(), other.rows.size());
    }
    boolean sameOrder = rows.equals(other.rows) && columns.equals(other.columns);
    int[] rowMap = new int[rows.size()];
    int[] columnMap = new int[columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      rowMap[r] = sameOrder ? r : indexIn(other.rowIndex(), rows.get(r), "row");
    }
    for (int c = 0; c < columns.size(); c++) {
      columnMap[c] = sameOrder ? c : indexIn(other.columnIndex(), columns.get(c), "column");
    }
    List<MatrixChange<C>> changes = new ArrayList<>();
    int width = columns.size();
    int otherWidth = other.columns.size();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < width; c++) {
        short mine = cells[r * width + c];
        short theirs = other.cells[rowMap[r] * otherWidth + columnMap[c]];
        if (mine != theirs) {
          changes.add(new MatrixChange<>(rows.get(r), columns.get(c), unpack(mine), unpack(theirs)));
        }
      }
    }
    return List.copyOf(changes);
  }

  private static <K> int indexIn(Map<K, Integer> index, K key, String what) {
    Integer i = index.get(key);
    if (i == null) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, what + " " + key + " is in only one of the two matrices", key);
    }
    return i;
  }

  private synchronized Map<Endpoint, Integer> rowIndex() {
    if (rowIndex == null) {
      Map<Endpoint, Integer> m = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        m.putIfAbsent(rows.get(i), i);
      }
      rowIndex = m;
    }
    return rowIndex;
  }

  private synchronized Map<C, Integer> columnIndex() {
    if (columnIndex == null) {
      Map<C, Integer> m = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        m.putIfAbsent(columns.get(i), i);
      }
      columnIndex = m;
    }
    return columnIndex;
  }

  @Override
  public String toString() {
    return "ReachabilityMatrix{" + rows.size() + " x " + columns.size() + ", " + countByVerdict() + "}";
  }
}
