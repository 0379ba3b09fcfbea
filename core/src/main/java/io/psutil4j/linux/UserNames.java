package io.psutil4j.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * uid to user name, from the passwd file read once and kept; re-read on a miss only when the file
 * changed since (a user added while we run). Never a subprocess and never one scan per process:
 * OSHI forks getent per process, psutil calls getpwuid (which reads the file per call). Users only
 * in LDAP/SSSD show as their uid, as psutil's fallback {@code str(uid)}.
 */
final class UserNames {
  private final Path passwd;
  private @Nullable Map<Long, String> names;
  private @Nullable FileTime loadedAt;

  UserNames(Path passwd) {
    this.passwd = passwd;
  }

  synchronized String name(long uid) {
    Map<Long, String> known = names != null ? names : load();
    String name = known.get(uid);
    if (name == null && changed()) {
      name = load().get(uid);
    }
    return name != null ? name : Long.toString(uid);
  }

  private boolean changed() {
    try {
      return !Files.getLastModifiedTime(passwd).equals(loadedAt);
    } catch (IOException e) {
      return loadedAt != null;
    }
  }

  private Map<Long, String> load() {
    Map<Long, String> read;
    try {
      loadedAt = Files.getLastModifiedTime(passwd);
      read = KernelFiles.read(passwd, Passwd::parse);
    } catch (IOException e) {
      loadedAt = null;
      read = Collections.emptyMap();
    }
    names = read;
    return read;
  }
}
