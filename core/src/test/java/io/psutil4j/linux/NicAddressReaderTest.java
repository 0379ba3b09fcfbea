package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.psutil4j.AddressFamily;
import io.psutil4j.NicAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** psutil's Python half of net_if_addrs: MACs as it pads them, addresses as it sorts them. */
class NicAddressReaderTest {
  @Test
  void macsAreLowerCaseAndPaddedToSixOctets() {
    assertEquals("02:fc:00:00:00:01", NicAddressReader.padMac("02:fc:00:00:00:01"));
    assertEquals("02:fc:00:00:00:01", NicAddressReader.padMac("02:FC:00:00:00:01"));
    assertEquals("aa:bb:00:00:00:00", NicAddressReader.padMac("aa:bb"));
    assertEquals("00:00:00:00:00:00", NicAddressReader.padMac(""));
    String infiniband = "80:00:02:08:fe:80:00:00:00:00:00:00:00:02:c9:03:00:0a:7b:2d";
    assertEquals(infiniband, NicAddressReader.padMac(infiniband));
    assertEquals(infiniband, NicAddressReader.padMac(infiniband.toUpperCase()));
  }

  @Test
  void addressesAreSortedByFamilyKeepingTheKernelsOrderWithinOne() {
    NicAddress link = address(AddressFamily.AF_LINK, "02:fc:00:00:00:01");
    NicAddress global6 = address(AddressFamily.AF_INET6, "fd00::2");
    NicAddress inet = address(AddressFamily.AF_INET, "192.0.2.2");
    NicAddress local6 = address(AddressFamily.AF_INET6, "fe80::1%eth0");
    NicAddress inet2 = address(AddressFamily.AF_INET, "192.0.2.3");
    List<NicAddress> addrs = new ArrayList<>(List.of(link, global6, inet, local6, inet2));
    assertEquals(
        List.of(inet, inet2, global6, local6, link), NicAddressReader.sortedByFamily(addrs));
  }

  @Test
  void aNicWithoutAddressesHasPsutilsUnspecifiedOne() {
    assertEquals(
        List.of(NicAddress.of(AddressFamily.AF_UNSPEC, null, null, null, null)),
        NicAddressReader.sortedByFamily(new ArrayList<>()));
  }

  private static NicAddress address(AddressFamily family, String address) {
    return NicAddress.of(family, address, null, null, null);
  }
}
