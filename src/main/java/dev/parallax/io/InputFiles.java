package dev.parallax.io;

import dev.parallax.config.ConfigException;
import dev.parallax.ingest.InputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the input files under the given paths (local, HDFS, or any Hadoop file system), recursing
 * into folders and skipping hidden files ({@code .x}, {@code _x}), in a stable order.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<InputFile> list(
      List<String> inputs, Optional<InputFormat> forcedFormat, Configuration hadoop) {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      try {
        FileSystem fileSystem = path.getFileSystem(hadoop);
        if (!fileSystem.exists(path)) {
          throw new ConfigException("--input " + input + " does not exist");
        }
        FileStatus status = fileSystem.getFileStatus(path);
        if (status.isFile()) {
          files.add(fileOf(status.getPath(), forcedFormat));
          continue;
        }
        RemoteIterator<LocatedFileStatus> listing = fileSystem.listFiles(path, true);
        while (listing.hasNext()) {
          LocatedFileStatus file = listing.next();
          if (!isHidden(file.getPath(), path)) {
            files.add(fileOf(file.getPath(), forcedFormat));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
      }
    }
    files.sort(Comparator.comparing(InputFile::path));
    return files;
  }

  private static InputFile fileOf(Path path, Optional<InputFormat> forcedFormat) {
    InputFormat format =
        forcedFormat.orElseGet(() -> InputFormat.fromFileName(path.getName()).orElse(null));
    return new InputFile(localised(path), format);
  }

  /** Local files are reported by their plain path; other file systems keep their URI. */
  private static String localised(Path path) {
    String uri = path.toUri().toString();
    return uri.startsWith("file:") ? path.toUri().getPath() : uri;
  }

  private static boolean isHidden(Path file, Path root) {
    Path current = file;
    while (current != null && !current.equals(root) && current.depth() > root.depth()) {
      String name = current.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
      current = current.getParent();
    }
    return false;
  }
}
