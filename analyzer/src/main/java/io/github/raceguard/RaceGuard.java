package io.github.raceguard;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Product constants. */
public final class RaceGuard {
    public static final String NAME = "RaceGuard";
    public static final String INFORMATION_URI = "https://github.com/raceguard/raceguard";

    private RaceGuard() {
    }

    /** The version this build was made with (from the filtered {@code raceguard.properties}). */
    public static String version() {
        try (InputStream in = RaceGuard.class.getResourceAsStream("raceguard.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.startsWith("$")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "0.0.0-dev";
    }
}
