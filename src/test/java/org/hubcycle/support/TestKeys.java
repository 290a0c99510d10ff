package org.hubcycle.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keys for test data that are unique within a run and the same on every run: the tests share one
 * database, so names and addresses must not collide, and a failure must be repeatable.
 */
public final class TestKeys {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestKeys() {}

    /** The next key: 1, 2, 3, … for the whole run. */
    public static int next() {
        return NEXT.incrementAndGet();
    }

    /** The next key after a word: {@code contact-7}. */
    public static String next(String word) {
        return word + "-" + next();
    }
}
