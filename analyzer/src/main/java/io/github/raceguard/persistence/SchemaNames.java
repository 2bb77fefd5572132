package io.github.raceguard.persistence;

import java.util.Locale;

/**
 * How table and column names written in different places are compared. A name in a migration
 * ({@code user_account}, {@code "UserAccount"}, {@code public.user_account}), in an annotation
 * ({@code @Column(name = "email_address")}) and a Java property ({@code emailAddress}) meet in one
 * key: unqualified, unquoted, lower case, without underscores. This covers Spring Boot's default
 * naming (camelCase → snake_case), Hibernate's default (names as written) and quoted identifiers
 * alike; it only ever makes two names match that a human would also read as the same.
 */
public final class SchemaNames {
    private SchemaNames() {
    }

    /** The comparison key of a table or column name. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String unqualified = name.trim();
        int dot = lastDotOutsideQuotes(unqualified);
        if (dot >= 0) {
            unqualified = unqualified.substring(dot + 1);
        }
        StringBuilder key = new StringBuilder(unqualified.length());
        for (int i = 0; i < unqualified.length(); i++) {
            char c = unqualified.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '$') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** Spring Boot's physical naming: {@code emailAddress} → {@code email_address}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static int lastDotOutsideQuotes(String name) {
        char quote = 0;
        int last = -1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (quote != 0) {
                if (c == quote || quote == '[' && c == ']') {
                    quote = 0;
                }
            } else if (c == '"' || c == '`' || c == '[') {
                quote = c;
            } else if (c == '.') {
                last = i;
            }
        }
        return last;
    }
}
