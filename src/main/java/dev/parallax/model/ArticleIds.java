package dev.parallax.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derived article ids: the first 16 hex digits (64 bits) of the SHA-256 of the URL, or of the text
 * when there is no URL. Deterministic across runs and machines.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String fromUrl(String url) {
    return "u" + sha256Prefix(url.strip());
  }

  public static String fromText(String text) {
    return "t" + sha256Prefix(text);
  }

  /** Full hex SHA-256 of {@code text} (UTF-8). */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String sha256Prefix(String text) {
    return sha256(text).substring(0, 16);
  }
}
