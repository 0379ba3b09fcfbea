package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * net_if_addrs' ptp: a tun link with a peer, made in network and mount namespaces of their own
 * (unshare, root), where a JVM reads it. The addresses are TEST-NET-1's; nothing is sent.
 */
class PointToPointTest {
  @Test
  void anIpv4AddressOnATunLinkHasItsPeerAsPtpAndNoBroadcast() {
    assumeTrue(Files.isWritable(Paths.get("/dev/net/tun")), "needs root and /dev/net/tun");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    // JDK 24+ warns when JNA loads unless native access is enabled; psutil4j then skips ptp
    String access = Runtime.version().feature() >= 22 ? " --enable-native-access=ALL-UNNAMED" : "";
    String script =
        // a sysfs mounted in the new namespaces lists the new netns's NICs
        "mount -t sysfs sysfs /sys && ip tuntap add dev ptp0 mode tun && ip addr add 192.0.2.1 peer 192.0.2.2 dev ptp0"
            + " && ip link set ptp0 up && ip -4 addr show ptp0 && exec "
            + java
            + access
            + " -cp "
            + System.getProperty("java.class.path")
            + " "
            + NicAddrsMain.class.getName()
            + " ptp0";
    String out = Spawn.run("unshare", "--net", "--mount", "sh", "-c", script);
    // what the kernel says (ip addr), then what we say
    assertTrue(out.contains("inet 192.0.2.1 peer 192.0.2.2/32"), out);
    assertTrue(
        out.contains(
            "snicaddr(family=<AddressFamily.AF_INET: 2>, address='192.0.2.1',"
                + " netmask='255.255.255.255', broadcast=None, ptp='192.0.2.2')"),
        out);
  }
}
