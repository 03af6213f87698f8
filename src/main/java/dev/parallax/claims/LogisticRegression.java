package dev.parallax.claims;

/**
 * Binary logistic regression with an L2 penalty, fitted by Newton's method (iteratively reweighted
 * least squares) on standardised features: a few dozen features and some ten thousand examples
 * converge in under ten iterations, deterministically.
 */
public final class LogisticRegression {
  private LogisticRegression() {}

  /** Fitted weights on standardised features. */
  public record Fit(double bias, double[] weights, double[] means, double[] scales) {
    public double probability(double[] features) {
      double z = bias;
      for (int j = 0; j < weights.length; j++) {
        z += weights[j] * (features[j] - means[j]) / scales[j];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  /**
   * @param penalty L2 penalty on the weights (not the bias), in units of examples
   */
  public static Fit fit(double[][] features, boolean[] labels, double penalty) {
    int n = features.length;
    int d = features[0].length;
    double[] means = new double[d];
    double[] scales = new double[d];
    for (double[] row : features) {
      for (int j = 0; j < d; j++) {
        means[j] += row[j] / n;
      }
    }
    for (double[] row : features) {
      for (int j = 0; j < d; j++) {
        scales[j] += (row[j] - means[j]) * (row[j] - means[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1;
    }
    double[][] x = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      x[i][0] = 1;
      for (int j = 0; j < d; j++) {
        x[i][j + 1] = (features[i][j] - means[j]) / scales[j];
      }
    }
    double[] beta = new double[d + 1];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = new double[d + 1];
      double[][] hessian = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double z = 0;
        for (int j = 0; j <= d; j++) {
          z += beta[j] * x[i][j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double residual = (labels[i] ? 1 : 0) - p;
        double weight = Math.max(p * (1 - p), 1e-9);
        for (int j = 0; j <= d; j++) {
          gradient[j] += residual * x[i][j];
          for (int k = j; k <= d; k++) {
            hessian[j][k] += weight * x[i][j] * x[i][k];
          }
        }
      }
      for (int j = 0; j <= d; j++) {
        for (int k = 0; k < j; k++) {
          hessian[j][k] = hessian[k][j];
        }
        if (j > 0) {
          gradient[j] -= penalty * beta[j];
          hessian[j][j] += penalty;
        }
      }
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int j = 0; j <= d; j++) {
        beta[j] += step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < 1e-8) {
        break;
      }
    }
    double[] weights = new double[d];
    System.arraycopy(beta, 1, weights, 0, d);
    return new Fit(beta[0], weights, means, scales);
  }

  /** Solves a symmetric positive definite system by Gaussian elimination with pivoting. */
  static double[] solve(double[][] matrix, double[] vector) {
    int n = vector.length;
    double[][] a = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(matrix[i], 0, a[i], 0, n);
      a[i][n] = vector[i];
    }
    for (int column = 0; column < n; column++) {
      int pivot = column;
      for (int row = column + 1; row < n; row++) {
        if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
          pivot = row;
        }
      }
      double[] swap = a[column];
      a[column] = a[pivot];
      a[pivot] = swap;
      if (Math.abs(a[column][column]) < 1e-12) {
        continue;
      }
      for (int row = column + 1; row < n; row++) {
        double factor = a[row][column] / a[column][column];
        for (int k = column; k <= n; k++) {
          a[row][k] -= factor * a[column][k];
        }
      }
    }
    double[] solution = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = a[row][n];
      for (int k = row + 1; k < n; k++) {
        sum -= a[row][k] * solution[k];
      }
      solution[row] = Math.abs(a[row][row]) < 1e-12 ? 0 : sum / a[row][row];
    }
    return solution;
  }
}
