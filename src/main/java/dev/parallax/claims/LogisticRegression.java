package dev.parallax.claims;

/**
 * Binary logistic regression with an L2 penalty, fitted by Newton's method (iteratively reweighted
 * least squares) on standardised features: a few dozen features and some ten thousand examples
 * converge in under ten iterations, deterministically.
 */
public final class LogisticRegression {
  private LogisticRegression() {}

  /** Fitted weights on standardised features. */
  public record Fit(double bias, double[] weights, double[] means, double[] scales)
      implements java.io.Serializable {
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

  /** A fit with its decision threshold on the probability. */
  public record Thresholded(Fit fit, double threshold) implements java.io.Serializable {
    public boolean positive(double[] features) {
      return fit.probability(features) >= threshold;
    }
  }

  /**
   * A thresholded fit as properties text: a comment on top, {@code threshold=}, {@code bias=}, and
   * {@code feature=weight mean scale} for every named feature (shortest exact decimal forms: a
   * value read back is the very same double).
   */
  public static String format(String comment, Thresholded model, java.util.List<String> names) {
    StringBuilder text = new StringBuilder();
    for (String line : comment.split("\n")) {
      text.append("# ").append(line).append('\n');
    }
    Fit fit = model.fit();
    text.append("threshold=").append(model.threshold()).append('\n');
    text.append("bias=").append(fit.bias()).append('\n');
    for (int j = 0; j < names.size(); j++) {
      text.append(names.get(j))
          .append('=')
          .append(fit.weights()[j])
          .append(' ')
          .append(fit.means()[j])
          .append(' ')
          .append(fit.scales()[j])
          .append('\n');
    }
    return text.toString();
  }

  /** Reads {@link #format}'s text; every named feature must be there. */
  public static Thresholded parse(String text, java.util.List<String> names, String origin) {
    java.util.Properties properties = new java.util.Properties();
    try {
      properties.load(new java.io.StringReader(text));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new dev.parallax.config.ConfigException(origin + ": " + e.getMessage());
    }
    int d = names.size();
    double[] weights = new double[d];
    double[] means = new double[d];
    double[] scales = new double[d];
    for (int j = 0; j < d; j++) {
      String name = names.get(j);
      String value = properties.getProperty(name);
      String[] parts = value == null ? new String[0] : value.strip().split("\\s+");
      if (parts.length != 3) {
        throw new dev.parallax.config.ConfigException(
            origin + ": feature '" + name + "' needs 'weight mean scale'");
      }
      weights[j] = number(parts[0], origin, name);
      means[j] = number(parts[1], origin, name);
      scales[j] = number(parts[2], origin, name);
    }
    return new Thresholded(
        new Fit(number(properties.getProperty("bias"), origin, "bias"), weights, means, scales),
        number(properties.getProperty("threshold"), origin, "threshold"));
  }

  private static double number(String value, String origin, String field) {
    try {
      return Double.parseDouble(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new dev.parallax.config.ConfigException(
          origin + ": '" + field + "' is not a number: " + value);
    }
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
