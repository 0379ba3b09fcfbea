package io.psutil4j.linux.nativeaccess;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;

/**
 * How the FFM classes bind libc: downcall handles from the default lookup, errno captured by the
 * linker (the JVM may itself change errno between the call and a later read).
 */
final class FfmLibc {
  static final Linker LINKER = Linker.nativeLinker();
  static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final long ERRNO =
      CALL_STATE.byteOffset(MemoryLayout.PathElement.groupElement("errno"));

  private static final MethodHandle SOCKET = withErrno("socket", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);

  static final MethodHandle CLOSE = bind("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));

  /** open(path, flags): never O_CREAT, so no mode. */
  static final MethodHandle OPEN = withErrno("open", JAVA_INT, ADDRESS, JAVA_INT);

  private FfmLibc() {}

  /** Restricted: NativeLinux loads the FFM classes only where native access is enabled. */
  @SuppressWarnings("restricted")
  static MethodHandle bind(String name, FunctionDescriptor signature, Linker.Option... o) {
    MemorySegment symbol =
        LINKER
            .defaultLookup()
            .find(name)
            .orElseThrow(() -> new UnsupportedOperationException("libc has no " + name + "()"));
    return LINKER.downcallHandle(symbol, signature, o);
  }

  /** A handle whose first argument is the call state segment errno lands in. */
  static MethodHandle withErrno(String name, MemoryLayout result, MemoryLayout... arguments) {
    return bind(
        name, FunctionDescriptor.of(result, arguments), Linker.Option.captureCallState("errno"));
  }

  /** socket(2) for the network readings (FfmKernelCalls, FfmSockDiag); a failure names {@code what}. */
  static int socket(MemorySegment state, int domain, int type, int protocol, String what)
      throws Throwable {
    int fd = (int) SOCKET.invokeExact(state, domain, type, protocol);
    if (fd < 0) {
      throw failure(what, state);
    }
    return fd;
  }

  /** As {@link #withErrno}, for a C function whose variadic arguments start at {@code first}. */
  static MethodHandle variadicWithErrno(
      String name, int first, MemoryLayout result, MemoryLayout... arguments) {
    return bind(
        name,
        FunctionDescriptor.of(result, arguments),
        Linker.Option.captureCallState("errno"),
        Linker.Option.firstVariadicArg(first));
  }

  static int errno(MemorySegment state) {
    return state.get(JAVA_INT, ERRNO);
  }

  static NativeError failure(String call, MemorySegment state) {
    return new NativeError(call, errno(state));
  }

  /** A call made in a confined arena, with the call state errno lands in. */
  interface Call<T> {
    T make(Arena arena, MemorySegment state) throws Throwable;
  }

  /** Makes {@code body}'s call; what invokeExact declares but never throws is {@link #unexpected}. */
  static <T> T call(String name, Call<T> body) {
    try (Arena arena = Arena.ofConfined()) {
      return body.make(arena, arena.allocate(CALL_STATE));
    } catch (Throwable t) {
      throw unexpected(name, t);
    }
  }

  /** {@code result}, when 0; any other answer is a failure, its errno a NativeError. */
  static int check(int result, String name, MemorySegment state) {
    if (result != 0) {
      throw failure(name, state);
    }
    return result;
  }

  /** A MethodHandle's invokeExact declares Throwable; the calls bound here throw nothing. */
  static RuntimeException unexpected(String call, Throwable t) {
    if (t instanceof RuntimeException runtime) {
      return runtime;
    }
    if (t instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(call + " threw " + t, t);
  }
}
