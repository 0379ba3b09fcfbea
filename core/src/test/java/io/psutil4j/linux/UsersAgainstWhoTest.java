package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.psutil4j.Spawn;
import io.psutil4j.User;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * users() against who(1) on a utmp file written by util-linux's utmpdump: two sessions (one remote)
 * and a DEAD_PROCESS record that neither may list. Field by field: name, line, time, host.
 */
class UsersAgainstWhoTest {
  private static final String RECORDS =
      "[7] [12345] [ts/0] [alice   ] [pts/0       ] [10.0.0.1            ] [10.0.0.1       ]"
          + " [2026-11-29T03:00:00,000000+00:00]\n"
          + "[7] [23456] [tty1] [bob     ] [tty1        ] [                    ] [0.0.0.0        ]"
          + " [2026-11-28T22:15:30,000000+00:00]\n"
          + "[8] [34567] [tty2] [dead    ] [tty2        ] [                    ] [0.0.0.0        ]"
          + " [2026-11-28T22:15:30,000000+00:00]\n";

  @TempDir Path tmp;

  @Test
  void everySessionWhoListsWithTheSameFields() throws Exception {
    Path text = Files.write(tmp.resolve("utmp.txt"), RECORDS.getBytes(StandardCharsets.US_ASCII));
    Path utmp = tmp.resolve("utmp");
    Spawn.run("sh", "-c", "utmpdump -r < " + text + " > " + utmp + " 2>/dev/null");
    String who = Spawn.run("env", "TZ=UTC", "who", utmp.toString()).trim();
    String[] lines = who.split("\n");
    assertEquals(2, lines.length, who);

    List<User> users = LinuxPlatform.builder().utmpPath(utmp).build().users();
    assertEquals(lines.length, users.size(), users.toString());
    DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    for (int i = 0; i < lines.length; i++) {
      User u = users.get(i);
      // psutil names an empty ut_host 'localhost' (never None); who prints nothing for it
      String host = u.host().equals("localhost") ? "" : " (" + u.host() + ")";
      String started =
          minute.format(Instant.ofEpochSecond((long) u.started()).atOffset(ZoneOffset.UTC));
      String ours = String.format("%-8s %-12s %s%s", u.name(), u.terminal().get(), started, host);
      assertEquals(lines[i].trim(), ours);
    }
    assertEquals("localhost", users.get(1).host());
    assertEquals(12345, users.get(0).pid());
    assertEquals(23456, users.get(1).pid());
  }
}
