package io.psutil4j;

import java.util.Map;

/**
 * A value that psutil returns as a named tuple. Fields are read through typed accessors named after
 * psutil's fields; {@link #asDict()} gives them by psutil's own (snake_case) names, in psutil's
 * order, for serialisers such as {@code dump}.
 */
public interface NamedTuple {
  /**
   * psutil's {@code _asdict()}: field name to value (a {@link Number}, String, boolean or null).
   */
  Map<String, Object> asDict();
}
