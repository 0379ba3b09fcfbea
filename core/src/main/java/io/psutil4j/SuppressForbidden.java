package io.psutil4j;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets the build's forbidden-apis check allow one use of an API it bans (System.exit,
 * ProcessBuilder, a JDK-specific API), with the reason written down where the use is.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
  /** Why the banned API is right here. */
  String value();
}
