package io.psutil4j;

import java.util.List;

/**
 * Run as an unprivileged user against another user's process: prints each as_dict attribute as
 * {@code attr=OK}, {@code attr=AD} (AccessDenied) or {@code attr=ERR <exception>}, then the same
 * for {@code rlimit(RLIMIT_NOFILE)}, then the message of environ's AccessDenied.
 */
public final class AsAnotherUserMain {
  private AsAnotherUserMain() {}

  public static void main(String[] args) {
    Process p = Process.of(Integer.parseInt(args[0]));
    for (String attr : Process.attrs()) {
      String result;
      try {
        p.asDict(List.of(attr), null);
        Object v = p.asDict(List.of(attr), "DENIED").get(attr);
        result = "DENIED".equals(v) ? "AD" : "OK";
      } catch (RuntimeException e) {
        result = "ERR " + e;
      }
      System.out.println(attr + "=" + result);
    }
    String rlimit;
    try {
      p.rlimit(ProcessRlimit.RLIMIT_NOFILE);
      rlimit = "OK";
    } catch (AccessDenied e) {
      rlimit = "AD";
    } catch (RuntimeException e) {
      rlimit = "ERR " + e;
    }
    System.out.println("rlimit=" + rlimit); // not an as_dict attribute: it takes an argument
    try {
      p.environ();
      System.out.println("denial=none");
    } catch (AccessDenied e) {
      System.out.println("denial=" + e.getMessage());
    }
  }
}
