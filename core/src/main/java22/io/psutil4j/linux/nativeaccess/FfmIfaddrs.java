package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.FfmLibc.call;
import static io.psutil4j.linux.nativeaccess.FfmLibc.check;
import static io.psutil4j.linux.nativeaccess.FfmLibc.bind;
import static io.psutil4j.linux.nativeaccess.FfmLibc.failure;
import static io.psutil4j.linux.nativeaccess.FfmLibc.unexpected;
import static io.psutil4j.linux.nativeaccess.FfmLibc.withErrno;
import static io.psutil4j.linux.nativeaccess.IfaddrsEntry.NAME;
import static io.psutil4j.linux.nativeaccess.IfaddrsEntry.NEXT;
import static io.psutil4j.linux.nativeaccess.IfaddrsEntry.WORDS;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.psutil4j.NicAddress;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The FFM walk of getifaddrs(3); {@link IfaddrsEntry} makes each entry's row, as for JNA. */
final class FfmIfaddrs {
  private static final MethodHandle GETIFADDRS = withErrno("getifaddrs", JAVA_INT, ADDRESS);
  private static final MethodHandle FREEIFADDRS =
      bind("freeifaddrs", FunctionDescriptor.ofVoid(ADDRESS));

  /** IFNAMSIZ with room to spare: the longest name getifaddrs gives ends in a NUL before it. */
  private static final long NAME_BYTES = 64;

  private FfmIfaddrs() {}

  /** As {@link Ifaddrs#addresses()}. */
  static Map<String, List<NicAddress>> addresses() {
    if (ADDRESS.byteSize() != Long.BYTES) {
      throw new UnsupportedOperationException("getifaddrs is walked for 64-bit pointers only");
    }
    MemorySegment head =
        call(
            "getifaddrs",
            (arena, state) -> {
              MemorySegment list = arena.allocate(ADDRESS);
              check((int) GETIFADDRS.invokeExact(state, list), "getifaddrs", state);
              return list.get(ADDRESS, 0);
            });
    try {
      return walk(head);
    } finally {
      free(head);
    }
  }

  private static void free(MemorySegment head) {
    try {
      FREEIFADDRS.invokeExact(head);
    } catch (Throwable t) {
      throw unexpected("freeifaddrs", t);
    }
  }

  private static Map<String, List<NicAddress>> walk(MemorySegment head) {
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    for (long next = head.address(); next != 0; ) {
      MemorySegment entry = at(next, (long) WORDS * Long.BYTES);
      long[] words = entry.toArray(JAVA_LONG);
      String nic = at(words[NAME], NAME_BYTES).getString(0);
      List<NicAddress> addrs = out.computeIfAbsent(nic, k -> new ArrayList<>());
      next = words[NEXT];
      int flags = entry.get(JAVA_INT, IfaddrsEntry.FLAGS);
      IfaddrsEntry.addRow(addrs, nic, flags, words, FfmIfaddrs::bytes);
    }
    return Collections.unmodifiableMap(out);
  }

  private static byte[] bytes(long address, int size) {
    return at(address, size).toArray(JAVA_BYTE);
  }

  /** {@code size} bytes of libc's memory at {@code address}: getifaddrs' list, live until freed. */
  @SuppressWarnings("restricted")
  private static MemorySegment at(long address, long size) {
    return MemorySegment.ofAddress(address).reinterpret(size);
  }
}
