package io.psutil4j.linux.parse;

/**
 * Addresses as text, the way glibc's inet_ntop(3) (and so Python, and so psutil) writes them:
 * dotted IPv4; IPv6 in lower-case hex with the longest run of two or more zero groups as {@code
 * ::}, and an embedded IPv4 tail for mapped ({@code ::ffff:1.2.3.4}) and compatible addresses.
 */
public final class InetText {
  private InetText() {}

  /** Four bytes, network order. */
  public static String ipv4(byte[] a, int off) {
    return (a[off] & 0xff)
        + "."
        + (a[off + 1] & 0xff)
        + "."
        + (a[off + 2] & 0xff)
        + "."
        + (a[off + 3] & 0xff);
  }

  /** Sixteen bytes, network order. */
  public static String ipv6(byte[] a) {
    int[] w = new int[8];
    for (int i = 0; i < 8; i++) {
      w[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
    }
    int bestBase = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (w[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && w[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestBase = i;
        bestLen = j - i;
      }
      i = j;
    }
    if (bestLen < 2) {
      bestBase = -1;
    }
    StringBuilder out = new StringBuilder(41);
    for (int i = 0; i < 8; i++) {
      if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
        if (i == bestBase) {
          out.append(':');
        }
        continue;
      }
      if (i != 0) {
        out.append(':');
      }
      if (i == 6
          && bestBase == 0
          && (bestLen == 6 || (bestLen == 7 && w[7] != 1) || (bestLen == 5 && w[5] == 0xffff))) {
        out.append(ipv4(a, 12));
        break;
      }
      appendHex(out, w[i]);
    }
    if (bestBase >= 0 && bestBase + bestLen == 8) {
      out.append(':');
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * A 16-bit group in lower-case hex without leading zeros, as Integer.toHexString gives it, with
   * no String per group (a refresh writes every address and netmask of every NIC).
   */
  private static void appendHex(StringBuilder out, int group) {
    boolean started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int digit = (group >>> shift) & 0xf;
      if (digit != 0 || started || shift == 0) {
        out.append(HEX[digit]);
        started = true;
      }
    }
  }
}
