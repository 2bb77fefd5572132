package io.github.raceguard.datalayer;


import io.github.raceguard.persistence.SqlDdl;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@code UPDATE} statement (JPQL or SQL) well enough to tell whether the database
 * computes the new value itself. {@code set stock = stock - :q} and {@code ... where stock >= :q}
 * (a conditional, compare-and-set update) cannot lose a concurrent change;
 * {@code set stock = :stock where id = :id} writes a value computed in Java and can.
 */
public final class SqlUpdates {
    private static final Pattern SET_WHERE = Pattern.compile("\\bset\\b(.*?)(\\bwhere\\b(.*))?$", Pattern.DOTALL);

    private static final Pattern DATABASE_CLOCK = Pattern.compile(
            "\\s*(now\\(\\s*\\)|current_timestamp(\\(\\s*\\))?|sysdate(\\(\\s*\\))?|localtimestamp|current_date|getdate\\(\\s*\\))\\s*");

    private SqlUpdates() {
    }

    public static boolean isAtomic(String statement) {
        Shape shape = shape(statement);
        return shape != null && (shape.allRelative() || shape.compareAndSet());
    }

    /**
     * True when the update is a compare-and-set: the WHERE requires a column the SET changes to
     * still hold another value, or compares a version. Of two concurrent runs, one updates the
     * row and the other updates nothing. MyBatis {@code #{..}} parameters are understood.
     */
    public static boolean isCompareAndSet(String statement) {
        // MyBatis parameters #{order.updateTime,jdbcType=TIMESTAMP} read as named ones, :order.updateTime
        Shape shape = shape(statement.replaceAll("#\\{\\s*([\\w.]+)[^}]*}", ":$1"));
        return shape != null && shape.compareAndSet();
    }

    /**
     * One assignment of an UPDATE's SET list.
     *
     * @param column the column (or JPQL attribute) assigned, without alias or quotes
     * @param atomic the database decides the value: computed from the column itself
     *               ({@code stock = stock - :q}) or guarded by the WHERE ({@code status = 'PAID' ... where status = 'NEW'});
     *               false for a value passed in, the database clock and a version column
     */
    public record Assignment(String column, boolean atomic) {
    }

    private static final Pattern UPDATED_TABLE = Pattern.compile("^\\s*update\\s+(?:versioned\\s+)?([\\w.`\"\\[\\]]+)", Pattern.CASE_INSENSITIVE);

    /**
     * The assignments of an UPDATE (SQL, JPQL, or a MyBatis statement with {@code #{..}}
     * parameters), in order; empty for anything else.
     */
    public static java.util.List<Assignment> assignments(String statement) {
        // parameters are values passed in, whatever they are named: #{order.stock} is not the column stock
        String sql = statement.replaceFirst("^\\s*<script>\\s*", "").replaceAll("[#$]\\{[^}]*}", "?")
                .replaceAll("(?<!:):(?!:)[\\w.]+", "?").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = SET_WHERE.matcher(sql);
        if (!UPDATED_TABLE.matcher(sql).find() || !m.find()) {
            return java.util.List.of();
        }
        String where = m.group(3) == null ? "" : m.group(3);
        java.util.List<Assignment> out = new java.util.ArrayList<>();
        for (String assignment : SqlDdl.splitTopLevel(m.group(1))) {
            int eq = assignment.indexOf('=');
            String column = eq < 0 ? "" : lastIdentifier(assignment.substring(0, eq));
            if (column.isEmpty()) {
                continue;
            }
            String value = assignment.substring(eq + 1);
            boolean computed = (mentions(value, column) || mentions(where, column))
                    && !DATABASE_CLOCK.matcher(value).matches() && !column.equals("version");
            out.add(new Assignment(column, computed));
        }
        return out;
    }

    /** The table (SQL) or entity (JPQL) an UPDATE changes, as written, or null. */
    public static String updatedTable(String statement) {
        Matcher m = UPDATED_TABLE.matcher(statement.replaceFirst("^\\s*<script>\\s*", ""));
        return m.find() ? m.group(1).replaceAll("[`\"\\[\\]]", "") : null;
    }

    /** HQL's {@code update versioned Entity ...}: Hibernate increments the version itself. */
    public static boolean incrementsVersion(String statement) {
        return Pattern.compile("^\\s*update\\s+versioned\\b", Pattern.CASE_INSENSITIVE).matcher(statement).find();
    }

    /** @param allRelative every SET computes from the column itself, is guarded by the WHERE, or is the database clock */
    private record Shape(boolean allRelative, boolean compareAndSet) {
    }

    private static Shape shape(String statement) {
        String sql = statement.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = SET_WHERE.matcher(sql);
        if (!m.find()) {
            return null;
        }
        String where = m.group(3) == null ? "" : m.group(3);
        boolean allRelative = true;
        boolean compareAndSet = false;
        for (String assignment : SqlDdl.splitTopLevel(m.group(1))) {
            int eq = assignment.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String column = lastIdentifier(assignment.substring(0, eq));
            String value = assignment.substring(eq + 1);
            if (column.isEmpty()) {
                continue;
            }
            boolean relative = mentions(value, column);
            boolean guarded = mentions(where, column);
            boolean clock = DATABASE_CLOCK.matcher(value).matches(); // update_time = now(): the database's own value
            if (!relative && !guarded && !clock && !column.equals("version")) {
                allRelative = false;
            }
            if (comparesWithOtherValue(where, column, value)) {
                compareAndSet = true;
            }
        }
        return new Shape(allRelative, compareAndSet || mentions(where, "version"));
    }

    /**
     * The WHERE requires {@code column} to still hold a given value while the SET gives it
     * another ({@code set update_time = :now ... where id = :id and update_time = :previous},
     * {@code set status = 'PAID' where status = 'NEW'}): a compare-and-set, an optimistic lock on
     * that column. A key compared with the value it is set to ({@code set id = :id where id = :id}) is none.
     */
    private static boolean comparesWithOtherValue(String where, String column, String value) {
        Matcher m = Pattern.compile("(?<![\\w:?])(\\w+\\.)?" + Pattern.quote(column) + "\\s*=\\s*([:#$]?[\\w.']+)").matcher(where);
        String assigned = value.trim();
        while (m.find()) {
            String compared = m.group(2);
            if (!compared.equals(assigned) && !compared.equals("?") && !mentions(compared, column)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String text, String column) {
        return Pattern.compile("(?<![\\w:?])(\\w+\\.)?" + Pattern.quote(column) + "(?!\\w)").matcher(text).find();
    }

    private static String lastIdentifier(String lhs) {
        String trimmed = lhs.trim();
        int dot = trimmed.lastIndexOf('.');
        return (dot < 0 ? trimmed : trimmed.substring(dot + 1)).replaceAll("[^\\w]", "");
    }
}
