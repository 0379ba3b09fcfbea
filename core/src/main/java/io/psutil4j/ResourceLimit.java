package io.psutil4j;

/**
 * psutil's {@code rlimit()} pair: soft and hard limit of one resource; {@link
 * ProcessRlimit#RLIM_INFINITY} (-1) is unlimited.
 */
public final class ResourceLimit extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> SOFT =
      FIELDS.field("soft", Long.class).atLeast(ProcessRlimit.RLIM_INFINITY);
  public static final TupleField<Long> HARD =
      FIELDS.field("hard", Long.class).atLeast(ProcessRlimit.RLIM_INFINITY);

  private ResourceLimit(Object... values) {
    super("rlimit", FIELDS, values);
  }

  public static ResourceLimit of(long soft, long hard) {
    return new ResourceLimit(soft, hard);
  }

  /** The soft limit, or -1 for unlimited. */
  public long soft() {
    return value(SOFT);
  }

  /** The hard limit, or -1 for unlimited. */
  public long hard() {
    return value(HARD);
  }
}
