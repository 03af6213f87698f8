package dev.parallax.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one report as RFC 4180 CSV in UTF-8 with a header row (optionally after a byte-order mark
 * for spreadsheet users). Cells that a spreadsheet would run as a formula (starting with {@code = +
 * - @}, tab or carriage return) get a leading apostrophe, as OWASP recommends against CSV
 * injection; negative numbers formatted by {@link Cells} are left alone.
 */
public final class CsvReportWriter implements Closeable {
  private final CSVPrinter printer;
  private final int columns;
  private long rows;

  public CsvReportWriter(OutputStream output, List<String> header, boolean byteOrderMark) {
    this(output, header.size());
    try {
      if (byteOrderMark) {
        printer.getOut().append('\uFEFF');
      }
      printer.printRecord(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CsvReportWriter(OutputStream output, int columns) {
    Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();
    try {
      this.printer = new CSVPrinter(writer, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.columns = columns;
  }

  /**
   * A writer of rows only, for one part of a report written in parallel: the parts, in order,
   * follow the header that the report's own writer wrote.
   */
  public static CsvReportWriter rowsOnly(OutputStream output, int columns) {
    return new CsvReportWriter(output, columns);
  }

  /** Writes one row; it must have as many cells as the header. */
  public void row(List<String> cells) {
    if (cells.size() != columns) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells but the header has " + columns + ": " + cells);
    }
    try {
      Object[] safe = new Object[cells.size()];
      for (int i = 0; i < safe.length; i++) {
        safe[i] = neutralise(cells.get(i));
      }
      printer.printRecord(safe);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long rows() {
    return rows;
  }

  /** Prefixes an apostrophe to a cell a spreadsheet would evaluate; numbers stay numbers. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (!risky || cell.matches("-\\d+(\\.\\d+)?")) {
      return cell;
    }
    return "'" + cell;
  }

  /** Flushes what is written to the stream, leaving it open. */
  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
