package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.util.List;

/** The libc calls /proc cannot replace. Every call that sets errno declares LastErrorException. */
interface LibC extends Library {
  int setpriority(int which, int who, int prio) throws LastErrorException;

  int kill(int pid, int sig) throws LastErrorException;

  int sched_setaffinity(int pid, NativeLong size, byte[] mask) throws LastErrorException;

  NativeLong syscall(NativeLong number, Object... args) throws LastErrorException;

  int ioctl(int fd, NativeLong request, byte[] arg) throws LastErrorException;

  /** {@code struct ifreq *}: native memory, as SIOCETHTOOL's ifreq holds a pointer. */
  int ioctl(int fd, NativeLong request, Pointer ifreq) throws LastErrorException;

  /** The network readings' sockets: AF_INET datagram for the ioctls, NETLINK_SOCK_DIAG. */
  int socket(int domain, int type, int protocol) throws LastErrorException;

  /** Direct buffers, whose address JNA passes without copying. */
  NativeLong send(int fd, ByteBuffer message, NativeLong length, int flags)
      throws LastErrorException;

  NativeLong recv(int fd, ByteBuffer buffer, NativeLong length, int flags)
      throws LastErrorException;

  int close(int fd) throws LastErrorException;

  /** Called with two arguments only: never O_CREAT, so no mode. */
  int open(String path, int flags) throws LastErrorException;

  /** glibc 2.30+; an older libc lacks the symbol and the call fails with a LinkageError. */
  NativeLong getdents64(int fd, Pointer dirents, NativeLong count) throws LastErrorException;

  /** {@code struct ifaddrs **}: the list head lands in {@code list}. */
  int getifaddrs(PointerByReference list) throws LastErrorException;

  void freeifaddrs(Pointer list);

  /** {@code struct rusage} is 2 timevals and 14 longs: 18 C longs, as long[] on LP64. */
  int getrusage(int who, long[] usage) throws LastErrorException;

  int malloc_trim(NativeLong pad);

  Mallinfo2.ByValue mallinfo2();

  Mallinfo.ByValue mallinfo();

  /** The fields of both mallinfo structs, in C's order. */
  List<String> MALLINFO_FIELDS =
      List.of(
          "arena",
          "ordblks",
          "smblks",
          "hblks",
          "hblkhd",
          "usmblks",
          "fsmblks",
          "uordblks",
          "fordblks",
          "keepcost");

  /** glibc 2.33+ {@code struct mallinfo2}: size_t fields. */
  // NullAway: JNA's Structure gives every NativeLong field a value when it is built and read
  @SuppressWarnings("NullAway.Init")
  class Mallinfo2 extends Structure {
    public NativeLong arena;
    public NativeLong ordblks;
    public NativeLong smblks;
    public NativeLong hblks;
    public NativeLong hblkhd;
    public NativeLong usmblks;
    public NativeLong fsmblks;
    public NativeLong uordblks;
    public NativeLong fordblks;
    public NativeLong keepcost;

    @Override
    protected List<String> getFieldOrder() {
      return MALLINFO_FIELDS;
    }

    /** Returned by value. */
    public static class ByValue extends Mallinfo2 implements Structure.ByValue {}
  }

  /** The old {@code struct mallinfo}: int fields, which wrap past 2 GiB. */
  class Mallinfo extends Structure {
    public int arena;
    public int ordblks;
    public int smblks;
    public int hblks;
    public int hblkhd;
    public int usmblks;
    public int fsmblks;
    public int uordblks;
    public int fordblks;
    public int keepcost;

    @Override
    protected List<String> getFieldOrder() {
      return MALLINFO_FIELDS;
    }

    /** Returned by value. */
    public static class ByValue extends Mallinfo implements Structure.ByValue {}
  }
}
