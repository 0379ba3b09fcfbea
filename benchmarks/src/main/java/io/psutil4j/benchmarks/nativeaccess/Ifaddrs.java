package io.psutil4j.benchmarks.nativeaccess;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/** getifaddrs(3), psutil's source for net_if_addrs: a netlink dump, no file to read. */
public final class Ifaddrs {
  interface LibC extends Library {
    int getifaddrs(PointerByReference ifap);

    void freeifaddrs(Pointer ifa);
  }

  private final LibC libc = Native.load("c", LibC.class);
  private final PointerByReference ifap = new PointerByReference();

  /** The syscalls alone: getifaddrs, then freeifaddrs of its list unwalked; getifaddrs' result. */
  public int fetchAndFree() {
    int rc = libc.getifaddrs(ifap);
    if (rc == 0) {
      libc.freeifaddrs(ifap.getValue());
    }
    return rc;
  }
}
