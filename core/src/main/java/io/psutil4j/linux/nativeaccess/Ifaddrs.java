package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.IfaddrsEntry.NAME;
import static io.psutil4j.linux.nativeaccess.IfaddrsEntry.NEXT;
import static io.psutil4j.linux.nativeaccess.IfaddrsEntry.WORDS;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.psutil4j.NicAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JNA walk of getifaddrs(3); {@link IfaddrsEntry} makes each entry's row. */
final class Ifaddrs {
  private Ifaddrs() {}

  /**
   * Every NIC in the order getifaddrs first names it, with psutil's raw entries in getifaddrs'
   * order: family, address, netmask, broadcast, ptp as text (MACs unpadded, link-local IPv6 with
   * its {@code %nic} scope). A NIC none of whose addresses can be written has an empty list.
   */
  static Map<String, List<NicAddress>> addresses() {
    if (Native.POINTER_SIZE != Long.BYTES) {
      throw new UnsupportedOperationException("getifaddrs is walked for 64-bit pointers only");
    }
    LibC c = LibcCalls.libc();
    PointerByReference head = new PointerByReference();
    LibcCalls.checked("getifaddrs", () -> c.getifaddrs(head));
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    long[] words = new long[WORDS];
    try {
      for (Pointer p = head.getValue(); p != null; p = nextOrNull(words[NEXT])) {
        p.read(0, words, 0, WORDS);
        String nic = pointer(words[NAME]).getString(0);
        List<NicAddress> addrs = out.computeIfAbsent(nic, k -> new ArrayList<>());
        int flags = p.getInt(IfaddrsEntry.FLAGS); // unsigned, whichever half of its word it fills
        IfaddrsEntry.addRow(addrs, nic, flags, words, Ifaddrs::bytes);
      }
    } finally {
      c.freeifaddrs(head.getValue());
    }
    return Collections.unmodifiableMap(out);
  }

  private static byte[] bytes(long address, int size) {
    return pointer(address).getByteArray(0, size);
  }

  /**
   * The pointer at a non-zero {@code address}: a NULL where the struct promises one is libc's bug.
   */
  private static Pointer pointer(long address) {
    if (address == 0) {
      throw new IllegalStateException("getifaddrs gave NULL where a pointer is due");
    }
    return new Pointer(address);
  }

  /** The next entry of the list, null at its end. */
  private static @Nullable Pointer nextOrNull(long address) {
    return address == 0 ? null : new Pointer(address);
  }
}
