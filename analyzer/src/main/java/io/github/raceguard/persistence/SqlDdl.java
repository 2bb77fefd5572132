package io.github.raceguard.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the uniqueness a DDL script declares — {@code CREATE TABLE} with {@code UNIQUE} /
 * {@code PRIMARY KEY} columns and table constraints, {@code CREATE UNIQUE INDEX} (also on
 * expressions such as {@code lower(email)}, and partial indexes), {@code ALTER TABLE ... ADD
 * [CONSTRAINT x] UNIQUE (..)} / {@code ADD COLUMN .. UNIQUE} — and the {@code DROP}s that undo it.
 * Tolerant of the PostgreSQL, MySQL/MariaDB, H2, Oracle and SQL Server dialects; a statement it
 * does not understand is skipped, never an error. Used for Flyway scripts, Liquibase SQL and
 * {@code schema.sql}.
 */
public final class SqlDdl {

    /** What the script declares, in script order. */
    interface Listener {
        void unique(String table, List<String> columns, String name, int line);

        void dropConstraint(String table, String name);

        void dropColumn(String table, String column);

        void dropTable(String table);
    }

    /** One statement and the line it starts on. */
    record Statement(String text, int line) {
    }

    private static final String ID = "(?:\"[^\"]+\"|`[^`]+`|\\[[^\\]]+]|[\\w$#]+)";
    private static final String QID = ID + "(?:\\s*\\.\\s*" + ID + ")*";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

    private static final Pattern CREATE_TABLE = Pattern.compile("^create\\s+(?:or\\s+replace\\s+)?(?:(?:global|local)\\s+)?"
            + "(?:(?:temporary|temp|unlogged|cached|memory)\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(" + QID + ")\\s*\\(", FLAGS);
    private static final Pattern CREATE_UNIQUE_INDEX = Pattern.compile("^create\\s+unique\\s+(?:(?:clustered|nonclustered)\\s+)?index\\s+"
            + "(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?(?:(" + QID + ")\\s+)?on\\s+(?:only\\s+)?(" + QID + ")\\s*"
            + "(?:using\\s+\\w+\\s*)?\\(", FLAGS);
    private static final Pattern ALTER_TABLE = Pattern.compile("^alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?(" + QID + ")\\s+(.*)$", FLAGS);
    private static final Pattern DROP_INDEX = Pattern.compile("^drop\\s+index\\s+(?:concurrently\\s+)?(?:if\\s+exists\\s+)?(" + QID + ")"
            + "(?:\\s+on\\s+(" + QID + "))?", FLAGS);
    private static final Pattern DROP_TABLE = Pattern.compile("^drop\\s+table\\s+(?:if\\s+exists\\s+)?(" + QID + "(?:\\s*,\\s*" + QID + ")*)", FLAGS);

    private static final Pattern CONSTRAINT_NAME = Pattern.compile("^constraint\\s+(" + ID + ")\\s+(.*)$", FLAGS);
    private static final Pattern PRIMARY_KEY = Pattern.compile("^primary\\s+key\\s*(?:(?:clustered|nonclustered)\\s*)?(?:" + ID + "\\s*)?\\(", FLAGS);
    private static final Pattern UNIQUE = Pattern.compile("^unique(?:\\s+(?:key|index))?(?:\\s+(?!nulls\\b|using\\b)(" + ID + "))?\\s*"
            + "(?:(?:clustered|nonclustered)\\s*)?(?:nulls\\s+(?:not\\s+)?distinct\\s*)?(?:using\\s+\\w+\\s*)?\\(", FLAGS);
    private static final Pattern NOT_A_COLUMN = Pattern.compile("^(?:key|index|foreign\\s+key|check|exclude|fulltext|spatial|period|like|"
            + "constraint|primary|unique)\\b", FLAGS);
    private static final Pattern COLUMN_PRIMARY_KEY = Pattern.compile("\\bprimary\\s+key\\b", FLAGS);
    private static final Pattern COLUMN_UNIQUE = Pattern.compile("(?:\\bconstraint\\s+(" + ID + ")\\s+)?\\bunique\\b", FLAGS);
    private static final Pattern ADD = Pattern.compile("^add\\s+(.*)$", FLAGS);
    private static final Pattern ADD_COLUMN = Pattern.compile("^(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?(" + ID + ")\\s+(.*)$", FLAGS);
    private static final Pattern DROP_CONSTRAINT = Pattern.compile("^drop\\s+(?:constraint|index|key|unique)\\s+(?:if\\s+exists\\s+)?(" + ID + ")", FLAGS);
    private static final Pattern DROP_COLUMN = Pattern.compile("^drop\\s+(?:column\\s+)?(?:if\\s+exists\\s+)?(" + ID + ")\\s*(?:cascade|restrict)?\\s*$", FLAGS);
    private static final Pattern IDENTIFIER = Pattern.compile(ID);
    private static final Set<String> NOT_COLUMNS = Set.of("asc", "desc", "nulls", "first", "last", "collate", "where", "include",
            "and", "or", "not", "null", "is", "true", "false", "case", "when", "then", "else", "end", "as");

    private SqlDdl() {
    }

    static void read(String script, Listener listener) {
        for (Statement statement : statements(script)) {
            try {
                readStatement(statement, listener);
            } catch (RuntimeException e) {
                // an unexpected shape of a statement we do not understand: skip it
            }
        }
    }

    private static void readStatement(Statement statement, Listener listener) {
        String sql = statement.text().strip();
        Matcher m;
        if ((m = CREATE_TABLE.matcher(sql)).find()) {
            String table = m.group(1);
            String body = balanced(sql, m.end() - 1);
            for (String element : splitTopLevel(body)) {
                tableElement(table, element.strip(), statement.line(), listener);
            }
        } else if ((m = CREATE_UNIQUE_INDEX.matcher(sql)).find()) {
            listener.unique(m.group(2), columns(balanced(sql, m.end() - 1)), m.group(1), statement.line());
        } else if ((m = ALTER_TABLE.matcher(sql)).find()) {
            String table = m.group(1);
            for (String action : splitTopLevel(m.group(2))) {
                alterAction(table, action.strip(), statement.line(), listener);
            }
        } else if ((m = DROP_INDEX.matcher(sql)).find()) {
            listener.dropConstraint(m.group(2), m.group(1));
        } else if ((m = DROP_TABLE.matcher(sql)).find()) {
            for (String table : splitTopLevel(m.group(1))) {
                listener.dropTable(table.strip());
            }
        }
    }

    /** One element of a CREATE TABLE body: a column definition or a table constraint. */
    private static void tableElement(String table, String element, int line, Listener listener) {
        String name = null;
        String rest = element;
        Matcher named = CONSTRAINT_NAME.matcher(element);
        if (named.find()) {
            name = named.group(1);
            rest = named.group(2).strip();
        }
        if (constraint(table, name, rest, line, listener)) {
            return;
        }
        if (name != null || NOT_A_COLUMN.matcher(rest).find()) {
            return;
        }
        columnDefinition(table, rest, line, listener);
    }

    /** {@code PRIMARY KEY (a, b)} or {@code UNIQUE [KEY name] (a, b)}; false when {@code text} is neither. */
    private static boolean constraint(String table, String name, String text, int line, Listener listener) {
        Matcher pk = PRIMARY_KEY.matcher(text);
        if (pk.find()) {
            listener.unique(table, columns(balanced(text, pk.end() - 1)), name != null ? name : "primary key", line);
            return true;
        }
        Matcher unique = UNIQUE.matcher(text);
        if (unique.find()) {
            listener.unique(table, columns(balanced(text, unique.end() - 1)), name != null ? name : unique.group(1), line);
            return true;
        }
        return false;
    }

    /** {@code email varchar(255) not null [constraint uk unique] [primary key]}. */
    private static void columnDefinition(String table, String definition, int line, Listener listener) {
        Matcher column = IDENTIFIER.matcher(definition);
        if (!column.lookingAt()) {
            return;
        }
        String name = column.group();
        String rest = withoutLiterals(definition.substring(column.end()));
        if (COLUMN_PRIMARY_KEY.matcher(rest).find()) {
            listener.unique(table, List.of(name), "primary key", line);
        }
        Matcher unique = COLUMN_UNIQUE.matcher(rest);
        if (unique.find()) {
            listener.unique(table, List.of(name), unique.group(1), line);
        }
    }

    private static void alterAction(String table, String action, int line, Listener listener) {
        Matcher add = ADD.matcher(action);
        if (add.find()) {
            String what = add.group(1).strip();
            String name = null;
            Matcher named = CONSTRAINT_NAME.matcher(what);
            if (named.find()) {
                name = named.group(1);
                what = named.group(2).strip();
            }
            if (constraint(table, name, what, line, listener) || name != null
                    || what.regionMatches(true, 0, "index", 0, 5) || what.regionMatches(true, 0, "key", 0, 3)
                    || what.regionMatches(true, 0, "foreign", 0, 7) || what.regionMatches(true, 0, "check", 0, 5)) {
                return;
            }
            Matcher column = ADD_COLUMN.matcher(what);
            if (column.find()) {
                columnDefinition(table, column.group(1) + " " + column.group(2), line, listener);
            }
            return;
        }
        Matcher drop = DROP_CONSTRAINT.matcher(action);
        if (drop.find()) {
            listener.dropConstraint(table, drop.group(1));
            return;
        }
        Matcher dropColumn = DROP_COLUMN.matcher(action);
        if (dropColumn.find() && !dropColumn.group(1).equalsIgnoreCase("primary")) {
            listener.dropColumn(table, dropColumn.group(1));
        }
    }

    /**
     * The columns of an index or constraint column list: {@code a, b DESC}, {@code lower(email)},
     * {@code (email)::text}, {@code tenant_id, lower(code) text_pattern_ops}. An expression
     * contributes every column it mentions.
     */
    static List<String> columns(String list) {
        List<String> columns = new ArrayList<>();
        for (String element : splitTopLevel(withoutLiterals(list))) {
            Matcher m = IDENTIFIER.matcher(element);
            String previous = "";
            while (m.find()) {
                String token = m.group();
                String before = element.substring(0, m.start()).stripTrailing();
                boolean function = element.substring(m.end()).stripLeading().startsWith("(");
                boolean cast = before.endsWith("::");
                boolean afterCollate = previous.equalsIgnoreCase("collate");
                boolean number = Character.isDigit(token.charAt(0));
                String lower = token.toLowerCase(Locale.ROOT);
                if (!function && !cast && !afterCollate && !number && !NOT_COLUMNS.contains(lower) && !lower.endsWith("_ops")) {
                    columns.add(token);
                }
                previous = token;
            }
        }
        return columns;
    }

    /** The text between the parenthesis at {@code open} and its match (the rest when unbalanced). */
    static String balanced(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(open + 1, i);
            }
        }
        return text.substring(Math.min(open + 1, text.length()));
    }

    public static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String withoutLiterals(String text) {
        return text.replaceAll("'(?:[^']|'')*'", "''");
    }

    /**
     * The statements of a script, comments removed: split at {@code ;} outside literals, quoted
     * identifiers and dollar-quoted bodies, and at SQL Server's {@code GO} lines.
     */
    static List<Statement> statements(String script) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int j = i; j < end; j++) {
                    if (script.charAt(j) == '\n') {
                        line++;
                    }
                }
                current.append(' ');
                i = end;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (end < n && script.charAt(end) != c) {
                    end++;
                }
                end = Math.min(end + 1, n);
                String literal = script.substring(i, end);
                if (startLine < 0) {
                    startLine = line;
                }
                line += count(literal, '\n');
                current.append(literal);
                i = end;
                continue;
            }
            if (c == '$') {
                Matcher tag = DOLLAR_TAG.matcher(script).region(i, n);
                if (tag.lookingAt()) {
                    int end = script.indexOf(tag.group(), tag.end());
                    end = end < 0 ? n : end + tag.group().length();
                    line += count(script.substring(i, end), '\n');
                    current.append(" $body$ ");
                    i = end;
                    continue;
                }
            }
            if (c == ';' || c == '\n' && isGoLine(script, i + 1)) {
                flush(statements, current, startLine);
                startLine = -1;
                if (c == '\n') {
                    line++;
                    int next = script.indexOf('\n', i + 1);
                    i = next < 0 ? n : next;
                    continue;
                }
                i++;
                continue;
            }
            if (c == '\n') {
                line++;
            } else if (!Character.isWhitespace(c) && startLine < 0) {
                startLine = line;
            }
            current.append(c);
            i++;
        }
        flush(statements, current, startLine);
        return statements;
    }

    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[A-Za-z_]*\\$");

    private static boolean isGoLine(String script, int from) {
        int end = script.indexOf('\n', from);
        String next = script.substring(from, end < 0 ? script.length() : end).strip();
        return next.equalsIgnoreCase("go");
    }

    private static void flush(List<Statement> statements, StringBuilder current, int startLine) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            statements.add(new Statement(text.replaceAll("\\s+", " "), Math.max(startLine, 1)));
        }
        current.setLength(0);
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }
}
