package io.psutil4j;

/**
 * psutil's {@code rlimit()} pair: soft and hard limit of one resource; {@link
 * ProcessRlimit#RLIM_INFINITY} (-1) is unlimited.
 */
public final class ResourceLimit extends FieldTuple<ResourceLimit.Field> {
  /** The two limits, each a number or RLIM_INFINITY (-1). */
  enum Field implements TupleField {
    SOFT,
    HARD;

    @Override
    public Class<?> type() {
      return Long.class;
    }

    @Override
    public double min() {
      return ProcessRlimit.RLIM_INFINITY;
    }
  }

  private ResourceLimit(Object... values) {
    super("rlimit", Field.class, values);
  }

  public static ResourceLimit of(long soft, long hard) {
    return new ResourceLimit(soft, hard);
  }

  /** The soft limit, or -1 for unlimited. */
  public long soft() {
    return longValue(Field.SOFT);
  }

  /** The hard limit, or -1 for unlimited. */
  public long hard() {
    return longValue(Field.HARD);
  }
}
