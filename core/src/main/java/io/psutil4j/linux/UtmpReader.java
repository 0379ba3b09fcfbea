package io.psutil4j.linux;

import io.psutil4j.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * psutil's {@code users()}: the USER_PROCESS records of utmp, read directly (the JVM has no
 * getutxent; the file is what glibc reads). A missing utmp means no sessions, as glibc reports.
 */
final class UtmpReader {
  private final Path utmp;

  UtmpReader(Path utmp) {
    this.utmp = utmp;
  }

  List<User> users() {
    List<Utmp.Record> records;
    try {
      records = KernelFiles.read(utmp, Utmp::parse);
    } catch (NoSuchFileException e) {
      return Collections.emptyList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<User> out = new ArrayList<>(records.size());
    for (Utmp.Record r : records) {
      String host = r.host;
      if (host.isEmpty() || host.equals(":0") || host.equals(":0.0")) {
        host = "localhost";
      }
      out.add(User.of(r.user, r.line.isEmpty() ? null : r.line, host, (double) r.seconds, r.pid));
    }
    return Collections.unmodifiableList(out);
  }
}
