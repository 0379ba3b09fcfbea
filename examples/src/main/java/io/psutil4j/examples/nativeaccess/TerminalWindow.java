package io.psutil4j.examples.nativeaccess;

import com.sun.jna.Function;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;

/** The size of the terminal on stdout, from ioctl(TIOCGWINSZ): the CLI's one native call. */
public final class TerminalWindow {
  /** Linux's TIOCGWINSZ; powerpc, mips and sparc number it the BSD way. */
  private static final long TIOCGWINSZ =
      Platform.isPPC() || Platform.isMIPS() || Platform.isSPARC() ? 0x40087468L : 0x5413L;

  private TerminalWindow() {}

  /** ioctl(1, TIOCGWINSZ): null when fd 1 is no terminal, or libc cannot be reached. */
  public static int[] stdoutSize() {
    try {
      short[] winsize = new short[4]; // ws_row, ws_col, ws_xpixel, ws_ypixel
      int rc =
          Function.getFunction(Platform.C_LIBRARY_NAME, "ioctl")
              .invokeInt(new Object[] {1, new NativeLong(TIOCGWINSZ), winsize});
      return rc == 0 ? new int[] {winsize[1] & 0xffff, winsize[0] & 0xffff} : null;
    } catch (LinkageError | RuntimeException e) {
      return null;
    }
  }
}
