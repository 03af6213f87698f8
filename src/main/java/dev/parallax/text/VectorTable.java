package dev.parallax.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A static sentence-vector table (Model2Vec, Tulkens & van Dongen 2024): one vector per WordPiece
 * piece, distilled from the sentence model ({@link TableDistiller}); a text's vector is the sum of
 * its pieces' rows, normalised — a lookup per piece instead of a model call. Rows are stored as
 * int8 with one scale each.
 *
 * <p>File format (gzip): {@code "PXSV"}, format 1, dimensions, rows; then per row the piece (UTF-8,
 * length first), its scale (float) and its int8 values.
 */
public final class VectorTable implements SentenceVectors {
  private static final int MAGIC = 0x50585356; // "PXSV"
  private static final int FORMAT = 1;

  private final WordPiece pieces;
  private final int dimensions;
  private final float[] scales;
  private final byte[] values;

  /**
   * @param rows piece id to row: the piece's vector (its ids are those of {@code pieces})
   */
  VectorTable(WordPiece pieces, int dimensions, float[] scales, byte[] values) {
    this.pieces = pieces;
    this.dimensions = dimensions;
    this.scales = scales;
    this.values = values;
    if (values.length != scales.length * dimensions) {
      throw new IllegalArgumentException("table values do not fit its rows and dimensions");
    }
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  public int rows() {
    return scales.length;
  }

  /** The normalised vector of a text; all zeros when none of its pieces has a row. */
  @Override
  public float[] vector(String text) {
    float[] sum = new float[dimensions];
    for (int id : pieces.ids(text)) {
      if (id >= 0 && id < scales.length && scales[id] != 0) {
        float scale = scales[id];
        int offset = id * dimensions;
        for (int d = 0; d < dimensions; d++) {
          sum[d] += scale * values[offset + d];
        }
      }
    }
    return Vectors.normalised(sum);
  }

  /** Quantises float rows (row = piece id; a null row is left out). */
  public static VectorTable of(WordPiece pieces, float[][] rows) {
    int dimensions = 0;
    for (float[] row : rows) {
      if (row != null) {
        dimensions = row.length;
        break;
      }
    }
    float[] scales = new float[rows.length];
    byte[] values = new byte[rows.length * dimensions];
    for (int id = 0; id < rows.length; id++) {
      float[] row = rows[id];
      if (row == null) {
        continue;
      }
      float largest = 0;
      for (float value : row) {
        largest = Math.max(largest, Math.abs(value));
      }
      if (largest == 0) {
        continue;
      }
      scales[id] = largest / 127f;
      for (int d = 0; d < dimensions; d++) {
        values[id * dimensions + d] = (byte) Math.round(row[d] / scales[id]);
      }
    }
    return new VectorTable(pieces, dimensions, scales, values);
  }

  /** The table as its file's bytes; the same table gives the same bytes. */
  public byte[] toBytes(List<String> pieceOfId) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Java's gzip header has no timestamp: the same table writes the same file.
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(dimensions);
      out.writeInt(scales.length);
      for (int id = 0; id < scales.length; id++) {
        byte[] piece = pieceOfId.get(id).getBytes(StandardCharsets.UTF_8);
        out.writeShort(piece.length);
        out.write(piece);
        out.writeFloat(scales[id]);
        out.write(values, id * dimensions, dimensions);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the vector table", e);
    }
    return bytes.toByteArray();
  }

  /** Reads a table file; a file that is not one fails, naming {@code origin}. */
  public static VectorTable fromBytes(byte[] file, String origin) {
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(file)))) {
      if (in.readInt() != MAGIC) {
        throw new IllegalArgumentException(origin + " is not a Parallax vector table");
      }
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IllegalArgumentException(
            origin + " has table format " + format + "; this Parallax reads format " + FORMAT);
      }
      int dimensions = in.readInt();
      int rows = in.readInt();
      if (dimensions <= 0 || dimensions > 4096 || rows <= 0 || rows > 1_000_000) {
        throw new IllegalArgumentException(
            origin + " has " + rows + " rows of " + dimensions + " dimensions");
      }
      Map<String, Integer> ids = new HashMap<>();
      float[] scales = new float[rows];
      byte[] values = new byte[rows * dimensions];
      for (int id = 0; id < rows; id++) {
        byte[] piece = new byte[in.readUnsignedShort()];
        in.readFully(piece);
        ids.put(new String(piece, StandardCharsets.UTF_8), id);
        scales[id] = in.readFloat();
        in.readFully(values, id * dimensions, dimensions);
      }
      return new VectorTable(new WordPiece(ids), dimensions, scales, values);
    } catch (IOException e) {
      throw new IllegalArgumentException(origin + " is not a readable vector table: " + e, e);
    }
  }
}
