package io.psutil4j;

/**
 * psutil's {@code ConnectionStatus}: constants named as psutil's ({@code CONN_LISTEN}), {@link
 * #value()} psutil's string ({@code "LISTEN"}). TCP states come from the hex {@code st} column of
 * /proc/net/tcp*; UDP and UNIX sockets are always {@link #CONN_NONE}.
 */
public enum ConnectionStatus {
  CONN_ESTABLISHED,
  CONN_SYN_SENT,
  CONN_SYN_RECV,
  CONN_FIN_WAIT1,
  CONN_FIN_WAIT2,
  CONN_TIME_WAIT,
  CONN_CLOSE,
  CONN_CLOSE_WAIT,
  CONN_LAST_ACK,
  CONN_LISTEN,
  CONN_CLOSING,
  CONN_NONE;

  /**
   * The status for the kernel's TCP state number (include/net/tcp_states.h: 1 ESTABLISHED .. 11
   * CLOSING); anything else (12 NEW_SYN_RECV is never shown in /proc) is {@link #CONN_NONE}.
   */
  public static ConnectionStatus ofTcpState(int state) {
    return state >= 1 && state <= 11 ? values()[state - 1] : CONN_NONE;
  }

  /** psutil's string value, e.g. {@code ESTABLISHED}. */
  public String value() {
    return name().substring("CONN_".length());
  }
}
