package dev.parallax.config;

/** A bad configuration key or value, or a bad command-line argument: exit code 2. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
