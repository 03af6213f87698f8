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
          files.add(fileOf(status, forcedFormat));
          continue;
        }
        collect(fileSystem, path, forcedFormat, files);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
      }
    }
    files.sort(Comparator.comparing(InputFile::path));
    return files;
  }

  /**
   * Walks a folder with plain listings: {@code FileSystem.listFiles(path, true)} asks for block
   * locations of every file, which on a local disk costs ~3 ms a file (105 s for 37,554 files).
   */
  private static void collect(
      FileSystem fileSystem, Path folder, Optional<InputFormat> forcedFormat, List<InputFile> files)
      throws IOException {
    RemoteIterator<FileStatus> listing = fileSystem.listStatusIterator(folder);
    java.util.Set<String> listed = new java.util.HashSet<>();
    while (listing.hasNext()) {
      FileStatus status = listing.next();
      String name = status.getPath().getName();
      listed.add(name);
      if (hidden(name)) {
        continue;
      }
      if (status.isDirectory()) {
        collect(fileSystem, status.getPath(), forcedFormat, files);
      } else {
        files.add(fileOf(status, forcedFormat));
      }
    }
    danglingLinks(fileSystem, folder, listed, forcedFormat, files);
  }

  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /**
   * Hadoop's local listing leaves out a symbolic link whose target is gone, so its articles would
   * be lost without a word: such links are listed (length 0), and reading them rejects each as
   * {@code unreadable_file}.
   */
  private static void danglingLinks(
      FileSystem fileSystem,
      Path folder,
      java.util.Set<String> listed,
      Optional<InputFormat> forcedFormat,
      List<InputFile> files) {
    java.io.File directory = LocalFiles.of(fileSystem, folder).orElse(null);
    if (directory == null) {
      return;
    }
    String[] names = directory.list();
    if (names == null) {
      return;
    }
    for (String name : names) {
      java.nio.file.Path entry = directory.toPath().resolve(name);
      if (!listed.contains(name)
          && !hidden(name)
          && java.nio.file.Files.isSymbolicLink(entry)
          && !java.nio.file.Files.exists(entry)) {
        Path path = new Path(folder, name);
        InputFormat format =
            forcedFormat.orElseGet(() -> InputFormat.fromFileName(name).orElse(null));
        files.add(new InputFile(localised(path), format, 0));
      }
    }
  }

  private static InputFile fileOf(FileStatus status, Optional<InputFormat> forcedFormat) {
    Path path = status.getPath();
    InputFormat format =
        forcedFormat.orElseGet(() -> InputFormat.fromFileName(path.getName()).orElse(null));
    return new InputFile(localised(path), format, status.getLen());
  }

  /** Local files are reported by their plain path; other file systems keep their URI. */
  private static String localised(Path path) {
    String uri = path.toUri().toString();
    return uri.startsWith("file:") ? path.toUri().getPath() : uri;
  }
}
