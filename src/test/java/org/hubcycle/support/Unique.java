package org.hubcycle.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Names no other test in this run uses: a counter, so every run makes the same ones in the same order. */
public final class Unique {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Unique() {}

    /** An email address such as {@code sent-7@mail.test}. */
    public static String email(String who) {
        return who + "-" + NEXT.incrementAndGet() + "@mail.test";
    }

    /** A name such as {@code Network meeting 7}. */
    public static String name(String prefix) {
        return prefix + " " + NEXT.incrementAndGet();
    }

    /** A client's network address in 198.18.0.0/15, the range set aside for testing. */
    public static String clientAddress() {
        int n = NEXT.incrementAndGet();
        return "198." + (18 + (n >> 16) % 2) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
    }
}
