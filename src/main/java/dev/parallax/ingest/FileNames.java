package dev.parallax.ingest;

/** File-name helpers that work for local paths and Hadoop URIs alike. */
public final class FileNames {
  private FileNames() {}

  /** The last path segment. */
  public static String name(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The last path segment without its extension. */
  public static String stem(String path) {
    String name = name(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** The name of the folder holding the file, or "" at the root. */
  public static String parentName(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "" : name(path.substring(0, slash));
  }
}
