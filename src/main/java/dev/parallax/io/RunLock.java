package dev.parallax.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on a local lock file (an OS file lock: the operating system releases it when
 * the process ends, even after {@code kill -9}, so a crashed run never leaves a stale lock). The
 * file stays; only the lock matters.
 */
public final class RunLock implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, or returns empty when another run (process or thread) holds it. */
  public static Optional<RunLock> tryAcquire(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new RunLock(file, channel, lock));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open lock file " + file, e);
    }
  }

  /** No lock, for folders on file systems where a local file lock means nothing. */
  public static RunLock none() {
    return new RunLock(null, null, null);
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    if (lock == null) {
      return;
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release lock " + file, e);
    }
  }
}
