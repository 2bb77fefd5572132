package io.github.raceguard.report;

import java.util.Locale;

/** Severity of a finding, ordered from most to least severe; names match SARIF's {@code level}. */
public enum Level {
    ERROR, WARNING, NOTE;

    public String sarifName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this level is at least as severe as {@code threshold}. */
    public boolean atLeast(Level threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error|warning|note}; {@code null} for anything else. */
    public static Level parse(String text) {
        if (text == null) {
            return null;
        }
        for (Level level : values()) {
            if (level.sarifName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        return null;
    }
}
