package co.pump.icm.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (or a class of tests) that provokes sandbox bugs on purpose, to test how they are
 * answered and recorded, so that {@link SandboxBugs} does not fail it. Such a test asserts the
 * failures itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ExpectsSandboxBugs {
}
