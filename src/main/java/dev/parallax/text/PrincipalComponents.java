package dev.parallax.text;

/**
 * Principal component analysis of a small number of dimensions (a few hundred): the covariance
 * matrix diagonalised by cyclic Jacobi rotations (Golub & Van Loan, Matrix Computations, 8.5).
 * Components come sorted by variance, each with its largest coordinate positive, so the result does
 * not depend on rounding order choices.
 */
final class PrincipalComponents {
  private PrincipalComponents() {}

  static double[] mean(double[][] rows) {
    double[] mean = new double[rows[0].length];
    for (double[] row : rows) {
      for (int d = 0; d < mean.length; d++) {
        mean[d] += row[d];
      }
    }
    for (int d = 0; d < mean.length; d++) {
      mean[d] /= rows.length;
    }
    return mean;
  }

  /** The first {@code count} principal directions of the rows, each of unit length. */
  static double[][] of(double[][] rows, int count) {
    int n = rows[0].length;
    double[] mean = mean(rows);
    double[][] covariance = new double[n][n];
    double[] centred = new double[n];
    for (double[] row : rows) {
      for (int d = 0; d < n; d++) {
        centred[d] = row[d] - mean[d];
      }
      for (int i = 0; i < n; i++) {
        double value = centred[i];
        for (int j = i; j < n; j++) {
          covariance[i][j] += value * centred[j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        covariance[i][j] /= rows.length;
        covariance[j][i] = covariance[i][j];
      }
    }
    double[][] vectors = new double[n][n];
    for (int i = 0; i < n; i++) {
      vectors[i][i] = 1;
    }
    jacobi(covariance, vectors);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(covariance[b][b], covariance[a][a]));
    double[][] components = new double[count][n];
    for (int c = 0; c < count; c++) {
      int column = order[c];
      int largest = 0;
      for (int d = 0; d < n; d++) {
        components[c][d] = vectors[d][column];
        if (Math.abs(components[c][d]) > Math.abs(components[c][largest])) {
          largest = d;
        }
      }
      if (components[c][largest] < 0) {
        for (int d = 0; d < n; d++) {
          components[c][d] = -components[c][d];
        }
      }
    }
    return components;
  }

  /**
   * Diagonalises the symmetric matrix in place; the columns of {@code vectors} become its
   * eigenvectors.
   */
  private static void jacobi(double[][] a, double[][] vectors) {
    int n = a.length;
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off < 1e-22) {
        return;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-30) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = vectors[k][p];
            double vkq = vectors[k][q];
            vectors[k][p] = c * vkp - s * vkq;
            vectors[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
  }
}
