package dev.parallax.io;

import java.io.File;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/** The local file behind a Hadoop path, where the file system is the local one. */
final class LocalFiles {
  private LocalFiles() {}

  /** The file of {@code path} on the local disk; empty for any other file system. */
  static Optional<File> of(FileSystem fileSystem, Path path) {
    if (fileSystem instanceof LocalFileSystem local) {
      return Optional.of(local.pathToFile(path));
    }
    if (fileSystem instanceof RawLocalFileSystem raw) {
      return Optional.of(raw.pathToFile(path));
    }
    return Optional.empty();
  }
}
