package io.psutil4j;

/**
 * psutil's {@code ConnectionStatus} (its {@code CONN_*} constants); each constant's name is
 * psutil's string value. TCP states come from the hex {@code st} column of /proc/net/tcp*; UDP and
 * UNIX sockets are always {@link #NONE}.
 */
public enum ConnectionStatus {
  ESTABLISHED,
  SYN_SENT,
  SYN_RECV,
  FIN_WAIT1,
  FIN_WAIT2,
  TIME_WAIT,
  CLOSE,
  CLOSE_WAIT,
  LAST_ACK,
  LISTEN,
  CLOSING,
  NONE;

  /**
   * The status for the kernel's TCP state number (include/net/tcp_states.h: 1 ESTABLISHED .. 11
   * CLOSING); anything else (12 NEW_SYN_RECV is never shown in /proc) is {@link #NONE}.
   */
  public static ConnectionStatus ofTcpState(int state) {
    return state >= 1 && state <= 11 ? values()[state - 1] : NONE;
  }

  /** psutil's string value, e.g. {@code ESTABLISHED}. */
  public String value() {
    return name();
  }
}
