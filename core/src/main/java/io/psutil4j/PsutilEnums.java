package io.psutil4j;

/**
 * How psutil shows the enums a value holds: {@code asDict()} gives the member's value (an int for
 * an IntEnum, as json.dumps writes it, or a string), the repr shows an IntEnum's member as Python
 * does ({@code <AddressFamily.AF_INET: 2>}) and a string value quoted.
 */
final class PsutilEnums {
  private PsutilEnums() {}

  static Object value(Enum<?> member) {
    if (member instanceof AddressFamily) {
      return ((AddressFamily) member).value();
    }
    if (member instanceof SocketType) {
      return ((SocketType) member).value();
    }
    if (member instanceof NicDuplex) {
      return ((NicDuplex) member).value();
    }
    if (member instanceof ProcessIOPriority) {
      return ((ProcessIOPriority) member).value();
    }
    if (member instanceof ConnectionStatus) {
      return ((ConnectionStatus) member).value();
    }
    if (member instanceof CtxSwitchesAllThreads.Source) {
      return ((CtxSwitchesAllThreads.Source) member).label();
    }
    throw new IllegalArgumentException("no psutil value for " + member.getDeclaringClass());
  }

  static Object repr(Enum<?> member) {
    Object value = value(member);
    if (!(value instanceof Integer)) {
      return value;
    }
    // psutil's socket types come from Python's socket.SocketKind
    String pythonClass =
        member instanceof SocketType ? "SocketKind" : member.getDeclaringClass().getSimpleName();
    return Repr.member(pythonClass, member.name(), (Integer) value);
  }
}
