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
 * blocker of the single question for that pair. Cells are kept by class: rows that answer alike share a row
 * class and columns a column class, and a cell is read from the table of class pairs (two bytes each), so a
 * matrix of millions of pairs stays small (a matrix built cell by cell has one class per row and column). Two matrices of the same rows and columns, say before and after a change
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
  private final int[] rowClass;
  private final int[] columnClass;
  private final int columnClasses;
  private final short[] classCells;
  private Map<Endpoint, Integer> rowIndex;
  private Map<C, Integer> columnIndex;

  private ReachabilityMatrix(
      List<Endpoint> rows, List<C> columns, long snapshotVersion, int[] rowClass, int[] columnClass, int columnClasses,
      short[] classCells) {
    this.rows = rows;
    this.columns = columns;
    this.snapshotVersion = snapshotVersion;
    this.rowClass = rowClass;
    this.columnClass = columnClass;
    this.columnClasses = columnClasses;
    this.classCells = classCells;
  }

  private static int[] identity(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  private short packed(int r, int c) {
    return classCells[rowClass[r] * columnClasses + columnClass[c]];
  }

  /**
   * A builder of a matrix of {@code rows} × {@code columns} by classes: row {@code r} is in row class
   * {@code rowClass[r]} and column {@code c} in column class {@code columnClass[c]} (class numbers from 0, every
   * class used), and one cell is set per pair of classes; every class pair is REACHABLE until set.
   */
  public static <C> ClassBuilder<C> classBuilder(
      List<? extends Endpoint> rows, List<? extends C> columns, long snapshotVersion, int[] rowClass, int[] columnClass) {
    return new ClassBuilder<>(List.copyOf(Checks.noNullElements(rows, "rows")), List.copyOf(Checks.noNullElements(columns, "columns")),
        snapshotVersion, Checks.required(rowClass, "row classes").clone(), Checks.required(columnClass, "column classes").clone());
  }

  /** Fills a {@link ReachabilityMatrix} one class pair at a time; used once by the analyzer that computes it. */
  public static final class ClassBuilder<C> {
    private final List<Endpoint> rows;
    private final List<C> columns;
    private final long snapshotVersion;
    private final int[] rowClass;
    private final int[] columnClass;
    private final int rowClasses;
    private final int columnClasses;
    private final short[] classCells;

    private ClassBuilder(List<Endpoint> rows, List<C> columns, long snapshotVersion, int[] rowClass, int[] columnClass) {
      if (rowClass.length != rows.size() || columnClass.length != columns.size()) {
        throw ErrorCode.INVALID_PARAMETER.exception(
            null, "a class is needed for each of the " + rows.size() + " rows and " + columns.size() + " columns, not "
                + rowClass.length + " and " + columnClass.length, rowClass.length);
      }
      this.rows = rows;
      this.columns = columns;
      this.snapshotVersion = snapshotVersion;
      this.rowClass = rowClass;
      this.columnClass = columnClass;
      this.rowClasses = classCount(rowClass, "row");
      this.columnClasses = classCount(columnClass, "column");
      long size = (long) rowClasses * columnClasses;
      if (size > Integer.MAX_VALUE - 8) {
        throw ErrorCode.INVALID_PARAMETER.exception(
            null, "a matrix of " + rowClasses + " x " + columnClasses + " classes is too large; split the rows", size);
      }
      this.classCells = new short[(int) size];
    }

    private static int classCount(int[] classes, String what) {
      int max = -1;
      for (int k : classes) {
        if (k < 0) {
          throw ErrorCode.INVALID_PARAMETER.exception(null, "a " + what + " class number is negative: " + k, k);
        }
        max = Math.max(max, k);
      }
      return max + 1;
    }

    /** How many row classes there are. */
    public int rowClasses() {
      return rowClasses;
    }

    /** How many column classes there are. */
    public int columnClasses() {
      return columnClasses;
    }

    /** Sets the cell of every row of row class {@code rowClass} and column of column class {@code columnClass}. */
    public ClassBuilder<C> set(int rowClass, int columnClass, Verdict verdict, BlockerCode firstBlocker) {
      if (rowClass < 0 || rowClass >= rowClasses || columnClass < 0 || columnClass >= columnClasses) {
        throw ErrorCode.INVALID_PARAMETER.exception(
            null, "class pair (" + rowClass + ", " + columnClass + ") is outside " + rowClasses + " x " + columnClasses, rowClass);
      }
      Checks.required(verdict, "verdict");
      classCells[rowClass * columnClasses + columnClass] = pack(verdict, firstBlocker);
      return this;
    }

    /** The matrix. */
    public ReachabilityMatrix<C> build() {
      return new ReachabilityMatrix<>(rows, columns, snapshotVersion, rowClass, columnClass, columnClasses, classCells);
    }
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
      return new ReachabilityMatrix<>(rows, columns, snapshotVersion, identity(rows.size()), identity(columns.size()), columns.size(), cells);
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
    return unpack(packed(r, c));
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
    int rowClasses = 0;
    for (int k : rowClass) {
      rowClasses = Math.max(rowClasses, k + 1);
    }
    long[] perRowClass = new long[rowClasses];
    long[] perColumnClass = new long[columnClasses];
    for (int k : rowClass) {
      perRowClass[k]++;
    }
    for (int k : columnClass) {
      perColumnClass[k]++;
    }
    for (int rk = 0; rk < perRowClass.length; rk++) {
      for (int ck = 0; ck < columnClasses; ck++) {
        long n = perRowClass[rk] * perColumnClass[ck];
        if (n > 0) {
          counts.merge(VERDICTS[classCells[rk * columnClasses + ck] >> 10], n, Long::sum);
        }
      }
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
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < width; c++) {
        short mine = packed(r, c);
        short theirs = other.packed(rowMap[r], columnMap[c]);
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
