package dev.parallax.ingest;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleIds;
import dev.parallax.text.MinHash;
import java.io.Serializable;
import java.net.URI;
import java.util.Locale;

/**
 * What copy detection compares of an article: its normalised URL, a hash of its normalised text,
 * and a MinHash signature of its word shingles.
 */
public record CopyFingerprint(
    SyndicationResolver.Candidate candidate, String url, String textHash, long[] signature)
    implements Serializable {

  public static CopyFingerprint of(Article article, MinHash minHash) {
    String text = article.title() + "\n" + article.text();
    Long published = article.published() == null ? null : article.published().toEpochMilli();
    return new CopyFingerprint(
        new SyndicationResolver.Candidate(
            article.id(), article.outlet(), published, article.declaredSource()),
        normaliseUrl(article.url()),
        textKey(article.paragraphs()),
        minHash.signature(text));
  }

  /**
   * The key under which two bodies are the same text: the SHA-256 of the normalised body (title
   * left out, so a story republished under a new headline is still the same text).
   */
  public static String textKey(java.util.List<String> paragraphs) {
    return ArticleIds.sha256(normaliseText(String.join("\n\n", paragraphs)));
  }

  /** Scheme, "www.", a trailing slash and the fragment do not make two URLs different. */
  public static String normaliseUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String compact = url.strip().replace(" ", "");
    try {
      URI uri = new URI(compact.contains("://") ? compact : "http://" + compact);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      return host + path + query;
    } catch (Exception e) {
      return compact.toLowerCase(Locale.ROOT);
    }
  }

  /** Lower case, letters and digits only, single spaces. */
  public static String normaliseText(String text) {
    // Each run of code points that are neither letters nor numbers becomes one space.
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder normalised = new StringBuilder(lower.length());
    boolean inGap = false;
    for (int i = 0; i < lower.length(); ) {
      int codePoint = lower.codePointAt(i);
      i += Character.charCount(codePoint);
      if (dev.parallax.text.WordChars.isLetterOrNumber(codePoint)) {
        normalised.appendCodePoint(codePoint);
        inGap = false;
      } else if (!inGap) {
        normalised.append(' ');
        inGap = true;
      }
    }
    return normalised.toString().strip();
  }
}
