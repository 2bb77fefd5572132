package com.example.ids;

import java.time.ZoneId;
import java.util.UUID;

/** Static helpers: every caller shares the static fields. */
public final class IdUtils {

    private static int lastShortId;
    private static int lastLockedId;
    private static ZoneId zone;
    private static volatile ZoneId displayZone;

    private IdUtils() {
    }

    public static int nextShortId() {
        return ++lastShortId; // expect: shared-mutable-state
    }

    public static synchronized int nextLockedId() {
        return ++lastLockedId;
    }

    public static ZoneId zone() {
        if (zone == null) {
            zone = ZoneId.of("Europe/Berlin"); // expect: check-then-act
        }
        return zone;
    }

    // a volatile field read once and written once: at worst two threads compute the same value
    public static ZoneId displayZone() {
        ZoneId result = displayZone;
        if (result == null) {
            displayZone = result = ZoneId.systemDefault();
        }
        return result;
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }
}
