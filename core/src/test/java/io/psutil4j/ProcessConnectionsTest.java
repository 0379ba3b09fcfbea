package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Process.net_connections: the sockets among one process's fds, as psutil's pconn. */
class ProcessConnectionsTest {
  @Test
  void ourListeningSocketIsOursWithItsFdAndNoPidField() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Connection> tcp = Process.current().netConnections("tcp");
      Connection mine =
          tcp.stream()
              .filter(c -> c.laddr().isPresent() && c.laddr().get().port() == server.getLocalPort())
              .findFirst()
              .orElseThrow(() -> new AssertionError("not found in " + tcp));
      assertEquals(ConnectionStatus.CONN_LISTEN, mine.status());
      String link = Files.readSymbolicLink(Paths.get("/proc/self/fd/" + mine.fd())).toString();
      assertTrue(link.startsWith("socket:["), link);
      assertFalse(mine.asDict().containsKey("pid"), mine.asDict()::toString);
      assertTrue(mine.toString().startsWith("pconn(fd=" + mine.fd()), mine.toString());
      assertTrue(Process.current().netConnections().contains(mine), "inet is the default kind");
      assertTrue(
          Process.current().netConnections("udp").stream()
              .noneMatch(
                  c -> c.laddr().isPresent() && c.laddr().get().port() == server.getLocalPort()));
    }
  }

  @Test
  void aProcessWithoutSocketsHasNoneAndAnUnknownKindNamesTheValidOnes() throws Exception {
    java.lang.Process child = new ProcessBuilder("sleep", "30").start();
    try {
      Process p = Process.of(child.pid());
      org.awaitility.Awaitility.await().until(() -> p.name().equals("sleep"));
      assertEquals(List.of(), p.netConnections("all"));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> p.netConnections("sctp"));
      assertTrue(
          e.getMessage().contains("'sctp'") && e.getMessage().contains("inet"), e.getMessage());
    } finally {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void anotherUsersSocketsAreAccessDeniedAndAGoneProcessIsNoSuchProcess() throws Exception {
    java.lang.Process child =
        new ProcessBuilder(
                "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "30")
            .start();
    try {
      Process p = Process.of(child.pid());
      org.awaitility.Awaitility.await().until(() -> p.name().equals("sleep"));
      if (ProcessHandle.current().info().user().orElse("").equals("root")) {
        // root may read anyone's fds: the child's (empty) socket list reads fine
        assertEquals(List.of(), p.netConnections());
      }
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
      assertThrows(NoSuchProcess.class, p::netConnections);
    } finally {
      child.destroyForcibly();
    }
  }
}
