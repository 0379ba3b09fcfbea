package io.psutil4j;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets one class or method use an API the build's forbidden-apis check bans (the check suppresses
 * on any annotation named {@code SuppressForbidden}). Every use says why in a comment.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
  /** Why the banned API is needed here. */
  String reason();
}
