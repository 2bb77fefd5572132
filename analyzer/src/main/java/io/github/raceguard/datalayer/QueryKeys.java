package io.github.raceguard.datalayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lookup is keyed by: the properties a Spring Data derived query compares for equality
 * ({@code existsByEmailIgnoreCase} → {@code Email}, {@code findByTenantIdAndCode} →
 * {@code TenantId, Code}), the equality conditions of a JPQL / SQL {@code WHERE}, and the table
 * of a SQL {@code SELECT COUNT(*)} or {@code INSERT}. A lookup that also compares by range,
 * pattern, membership or inequality ({@code existsByEmailAndIdNot}, {@code ..StartsBefore..}) is
 * no key lookup: it answers a different question than "does this key exist?", and is not
 * reported.
 */
public final class QueryKeys {
    private QueryKeys() {
    }

    /** The table and equality columns of a SQL lookup. */
    public record SqlLookup(String table, List<String> columns) {
    }

    /** The table of a SQL insert; {@code upsert} when it resolves conflicts itself (ON CONFLICT, INSERT IGNORE, MERGE). */
    public record SqlInsert(String table, boolean upsert) {
    }

    private static final Pattern DERIVED = Pattern.compile("^(?:exists|count|find|get|read|query|search|stream)\\w*?By([A-Z_]\\w*)$");
    private static final Pattern ORDER_BY = Pattern.compile("OrderBy[A-Z]\\w*$");
    private static final Pattern OR = Pattern.compile("(?<=[a-z0-9])Or(?=[A-Z])");
    private static final Pattern AND = Pattern.compile("(?<=[a-z0-9])And(?=[A-Z])");
    /** Suffixes that keep a part an equality (or a constant) comparison. */
    private static final Pattern EQUALITY_SUFFIX = Pattern.compile("(?:IgnoreCase|IgnoringCase|AllIgnoreCase|AllIgnoringCase|Equals|Is|IsEqualTo"
            + "|IsTrue|True|IsFalse|False|IsNull|Null)$");
    /** Suffixes of comparisons that are not an equality on the key. */
    private static final Pattern OTHER_SUFFIX = Pattern.compile("(?:Not|In|NotIn|IsIn|IsNotIn|Like|NotLike|IsLike|StartingWith|StartsWith"
            + "|EndingWith|EndsWith|Containing|Contains|IsContaining|NotContaining|Between|IsBetween|LessThan|LessThanEqual|IsLessThan"
            + "|GreaterThan|GreaterThanEqual|IsGreaterThan|Before|IsBefore|After|IsAfter|NotNull|IsNotNull|Regex|Matches|MatchesRegex"
            + "|Exists|Near|IsNear|Within|IsWithin|IsEmpty|Empty|IsNotEmpty|NotEmpty)$");

    /**
     * The equality parts of a derived query name, as {@code Or}-branches of {@code And}-ed property
     * segments; empty when the name is no derived query or compares anything by other than equality.
     */
    public static Optional<List<List<String>>> derived(String methodName) {
        Matcher m = DERIVED.matcher(methodName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String predicate = ORDER_BY.matcher(m.group(1)).replaceFirst("");
        predicate = predicate.replaceFirst("All(IgnoreCase|IgnoringCase)$", "");
        List<List<String>> branches = new ArrayList<>();
        for (String branch : OR.split(predicate)) {
            List<String> parts = new ArrayList<>();
            for (String part : AND.split(branch)) {
                String property = part;
                if (OTHER_SUFFIX.matcher(property).find() && !EQUALITY_SUFFIX.matcher(property).find()) {
                    return Optional.empty();
                }
                for (int i = 0; i < 2; i++) {
                    property = EQUALITY_SUFFIX.matcher(property).replaceFirst("");
                }
                if (property.isEmpty() || OTHER_SUFFIX.matcher(property).find()) {
                    return Optional.empty();
                }
                parts.add(property);
            }
            branches.add(parts);
        }
        return branches.isEmpty() ? Optional.empty() : Optional.of(branches);
    }

    private static final Pattern WHERE = Pattern.compile("\\bwhere\\b(.*?)(?:\\bgroup\\s+by\\b|\\border\\s+by\\b|\\blimit\\b|\\bfetch\\b|\\bfor\\s+update\\b|\\bfor\\s+share\\b|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern EQUALITY = Pattern.compile("^\\(?\\s*(?:(?:lower|upper|trim)\\s*\\(\\s*)?([\\w.\"`]+)\\s*\\)?\\s*"
            + "(?:=\\s*(?:(?:lower|upper|trim)\\s*\\(\\s*)?(?::\\w+|\\?\\d*|'[^']*'|\\d+|true|false|:#\\{[^}]*}|[\\w.]+)\\s*\\)?|is\\s+null|is\\s+(?:true|false))\\s*\\)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REVERSED_EQUALITY = Pattern.compile("^(?::\\w+|\\?\\d*)\\s*=\\s*([\\w.\"`]+)$", Pattern.CASE_INSENSITIVE);

    /**
     * The properties / columns a JPQL or SQL {@code WHERE} compares for equality
     * ({@code u.email = :email and u.tenant.id = :t} → {@code email, tenant.id}); empty when it
     * has no WHERE, an OR, a subquery, or any other kind of comparison.
     */
    public static Optional<List<String>> whereEqualities(String query) {
        String text = query.replaceAll("\\s+", " ").strip();
        Matcher where = WHERE.matcher(text);
        if (!where.find()) {
            return Optional.empty();
        }
        String condition = where.group(1).strip();
        if (condition.toLowerCase(Locale.ROOT).contains("select")) {
            return Optional.empty(); // a subquery: not a plain key lookup
        }
        condition = stripTrailingParens(condition);
        if (Pattern.compile("\\bor\\b", Pattern.CASE_INSENSITIVE).matcher(condition).find()) {
            return Optional.empty();
        }
        List<String> columns = new ArrayList<>();
        for (String conjunct : condition.split("(?i)\\band\\b")) {
            String c = conjunct.strip();
            Matcher eq = EQUALITY.matcher(c);
            Matcher reversed = REVERSED_EQUALITY.matcher(c);
            String path;
            if (eq.matches()) {
                path = eq.group(1);
            } else if (reversed.matches()) {
                path = reversed.group(1);
            } else {
                return Optional.empty();
            }
            columns.add(path.replaceAll("[\"`]", ""));
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    private static String stripTrailingParens(String condition) {
        String c = condition;
        while (c.endsWith(")") && depth(c) < 0) {
            c = c.substring(0, c.length() - 1).strip();
        }
        return c;
    }

    private static int depth(String text) {
        int depth = 0;
        for (char ch : text.toCharArray()) {
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        }
        return depth;
    }

    /** {@code alias.prop.sub} with the alias removed: {@code prop.sub}; a bare name stays. */
    public static String withoutAlias(String path, String alias) {
        if (alias != null && path.startsWith(alias + ".")) {
            return path.substring(alias.length() + 1);
        }
        int dot = path.indexOf('.');
        return alias == null && dot > 0 ? path.substring(dot + 1) : path;
    }

    private static final Pattern SELECT_FROM = Pattern.compile("^\\s*select\\b(.*?)\\bfrom\\s+([\\w.\"`]+)(?:\\s+(?:as\\s+)?(?!(?:where|join|inner|left|right|full|cross|natural|on|group|order|limit)\\b)(\\w+))?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern EXISTS_SUBQUERY = Pattern.compile("^\\s*select\\s+(?:not\\s+)?exists\\s*\\((.*)\\)\\s*(?:as\\s+\\w+\\s*)?(?:from\\s+dual\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern JOIN = Pattern.compile("\\bjoin\\b|,", Pattern.CASE_INSENSITIVE);

    /**
     * A single-table SQL (or JPQL) lookup: {@code select count(*) from users where email = ?},
     * {@code select exists(select 1 from users u where u.email = ?)}, {@code select id from users where ..}.
     */
    public static Optional<SqlLookup> sqlLookup(String sql) {
        String text = sql.replaceAll("\\s+", " ").strip();
        Matcher exists = EXISTS_SUBQUERY.matcher(text);
        if (exists.matches()) {
            text = exists.group(1).strip();
        }
        if (text.regionMatches(true, 0, "from ", 0, 5)) {
            text = "select * " + text; // HQL may leave the select out: from Subscription where email = :email
        }
        Matcher m = SELECT_FROM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String alias = m.group(3);
        String rest = m.group(4);
        int where = rest.toLowerCase(Locale.ROOT).indexOf("where");
        String between = where < 0 ? rest : rest.substring(0, where);
        if (JOIN.matcher(between).find()) {
            return Optional.empty();
        }
        Optional<List<String>> equalities = whereEqualities(rest);
        if (equalities.isEmpty()) {
            return Optional.empty();
        }
        List<String> columns = equalities.get().stream().map(c -> withoutAlias(c, alias)).toList();
        return Optional.of(new SqlLookup(m.group(2).replaceAll("[\"`]", ""), columns));
    }

    private static final Pattern EXISTENCE = Pattern.compile("^\\s*select\\s+(?:not\\s+)?exists\\b|^\\s*select\\s+(?:case\\s+when\\s+)?count\\s*\\([^)]*\\)\\s*>\\s*0\\b",
            Pattern.CASE_INSENSITIVE);

    /** True for lookups that answer yes or no: {@code select exists(..)}, {@code select count(..) > 0}. */
    public static boolean isExistence(String sql) {
        return EXISTENCE.matcher(sql).find();
    }

    /** True for {@code select count(..)} and {@code select count(..) > 0} style lookups. */
    public static boolean isCount(String sql) {
        return Pattern.compile("^\\s*select\\s+(?:case\\s+when\\s+)?count\\s*\\(", Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }

    private static final Pattern INSERT = Pattern.compile("^\\s*(?:insert|replace|upsert|merge)\\s+(?:(?:ignore|or\\s+ignore|or\\s+replace|low_priority|delayed|high_priority)\\s+)?(?:into\\s+)?([\\w.\"`]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPSERT = Pattern.compile("\\bon\\s+conflict\\b|\\bon\\s+duplicate\\s+key\\b|^\\s*insert\\s+(?:or\\s+)?ignore\\b|^\\s*merge\\b|^\\s*upsert\\b|^\\s*replace\\b|^\\s*insert\\s+or\\s+replace\\b",
            Pattern.CASE_INSENSITIVE);

    public static Optional<SqlInsert> sqlInsert(String sql) {
        Matcher m = INSERT.matcher(sql);
        if (!m.find()) {
            return Optional.empty();
        }
        String keyword = sql.strip().toLowerCase(Locale.ROOT);
        if (!keyword.startsWith("insert") && !UPSERT.matcher(sql).find()) {
            return Optional.empty();
        }
        return Optional.of(new SqlInsert(m.group(1).replaceAll("[\"`]", ""), UPSERT.matcher(sql).find()));
    }
}
