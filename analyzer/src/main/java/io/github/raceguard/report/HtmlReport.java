package io.github.raceguard.report;

import io.github.raceguard.RaceGuard;
import io.github.raceguard.rules.RuleDescriptor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML report (issue 16): one self-contained page (no network, no external script, style or
 * font), readable offline and as a CI artifact.
 *
 * <p>It shows a summary (findings by rule and level, files analyzed, suppressed, baselined,
 * notifications), then the findings grouped by file and rule: each with its message (related
 * locations linked), its read → modify → write steps as a numbered flow with a few lines of source
 * around each step, the rule's fix advice (its help markdown, rendered with every character of the
 * text escaped) and how to suppress it. A small script filters by rule and level; the filter is
 * also read from the URL fragment ({@code report.html#rule=lost-update&level=error}, several
 * values comma-separated) and applied on load, hiding the other findings with the {@code hidden}
 * attribute. Without scripts everything is shown.
 *
 * <p>The output depends only on the result and the source files' text: the same input gives the
 * same bytes (no time stamp, no absolute path, stable order).
 */
public final class HtmlReport {

    /** Lines of source shown before and after each step. */
    static final int CONTEXT_LINES = 2;
    /** Lines of a step's own region shown at most. */
    static final int MAX_REGION_LINES = 6;
    /** Source files larger than this are not read for excerpts. */
    static final long MAX_SOURCE_BYTES = 4L * 1024 * 1024;

    private HtmlReport() {
    }

    /** Writes a complete, self-contained HTML page. Flushes but does not close {@code out}. */
    public static void write(AnalysisResult result, OutputStream out) throws IOException {
        String title = "RaceGuard report" + rootName(result) + ": " + count(result.findings().size(), "finding");
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n</head>\n<body style=\"margin:0;background:#f6f7f9\">\n"
                + fragment(result) + "</body>\n</html>\n";
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * The report's content for embedding in another page (the Maven site report): one
     * {@code <div class="raceguard-report">} carrying its own style and script.
     */
    public static String fragment(AnalysisResult result) {
        return new Renderer(result).render();
    }

    // ------------------------------------------------------------------------------------------

    private static final class Renderer {
        private final AnalysisResult result;
        private final Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        private final Sources sources = new Sources();
        private final StringBuilder html = new StringBuilder(16 * 1024);

        Renderer(AnalysisResult result) {
            this.result = result;
            for (RuleDescriptor rule : result.rules()) {
                rules.putIfAbsent(rule.id(), rule);
            }
        }

        String render() {
            html.append("<div class=\"raceguard-report\">\n<style>").append(STYLE).append("</style>\n");
            html.append("<header class=\"rg-header\"><h1>RaceGuard report").append(escape(rootName(result)))
                    .append("</h1>\n<p class=\"rg-summary-line\">").append(escape(TextReport.summary(result))).append("</p></header>\n");
            summary();
            filters();
            findings();
            suppressed();
            notifications();
            html.append("<footer class=\"rg-footer\">").append(escape(RaceGuard.NAME + " " + RaceGuard.version()))
                    .append(" · paths relative to the repository root · filter with <code>#rule=ID&amp;level=error</code> in the address</footer>\n");
            html.append("<script>").append(SCRIPT).append("</script>\n</div>\n");
            return html.toString();
        }

        private void summary() {
            Map<String, int[]> byRule = new LinkedHashMap<>();
            rules.keySet().forEach(id -> byRule.put(id, new int[Level.values().length]));
            int[] totals = new int[Level.values().length];
            for (Finding finding : result.findings()) {
                byRule.computeIfAbsent(finding.ruleId(), id -> new int[Level.values().length])[finding.level().ordinal()]++;
                totals[finding.level().ordinal()]++;
            }
            html.append("<section class=\"rg-summary\"><h2>Summary</h2>\n<div class=\"rg-cards\">");
            card("findings", result.findings().size(), "rg-card-findings");
            for (Level level : Level.values()) {
                card(level.sarifName() + (totals[level.ordinal()] == 1 ? "" : "s"), totals[level.ordinal()], "rg-card-" + level.sarifName());
            }
            card("files analyzed", result.filesAnalyzed(), "rg-card-files");
            if (result.testFilesSkipped() > 0) {
                card("test files skipped", result.testFilesSkipped(), "rg-card-tests");
            }
            card("suppressed", result.suppressed().size(), "rg-card-suppressed");
            card("baselined", result.baselined(), "rg-card-baselined");
            card("notifications", result.notifications().size(), "rg-card-notifications");
            html.append("</div>\n<table class=\"rg-by-rule\"><thead><tr><th>rule</th><th>default level</th>");
            for (Level level : Level.values()) {
                html.append("<th class=\"rg-num\">").append(level.sarifName()).append("</th>");
            }
            html.append("<th class=\"rg-num\">total</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, int[]> row : byRule.entrySet()) {
                int total = 0;
                for (int n : row.getValue()) {
                    total += n;
                }
                RuleDescriptor rule = rules.get(row.getKey());
                html.append("<tr class=\"rg-rule-row").append(total == 0 ? " rg-zero" : "").append("\" data-rule=\"")
                        .append(escape(row.getKey())).append("\"><td><a href=\"#rule=").append(escape(row.getKey())).append("\"><code>")
                        .append(escape(row.getKey())).append("</code></a>");
                if (rule != null) {
                    html.append("<div class=\"rg-rule-desc\">").append(escape(rule.shortDescription())).append("</div>");
                }
                html.append("</td><td>").append(rule == null ? "" : levelBadge(rule.defaultLevel())).append("</td>");
                for (Level level : Level.values()) {
                    int n = row.getValue()[level.ordinal()];
                    html.append("<td class=\"rg-num\">");
                    if (n > 0) {
                        html.append("<a href=\"#rule=").append(escape(row.getKey())).append("&amp;level=").append(level.sarifName())
                                .append("\">").append(n).append("</a>");
                    } else {
                        html.append('0');
                    }
                    html.append("</td>");
                }
                html.append("<td class=\"rg-num rg-total\">").append(total).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n</section>\n");
        }

        private void card(String label, int n, String cssClass) {
            html.append("<div class=\"rg-card ").append(cssClass).append("\"><span class=\"rg-card-n\">").append(n)
                    .append("</span><span class=\"rg-card-label\">").append(escape(label)).append("</span></div>");
        }

        private void filters() {
            TreeSet<String> ids = new TreeSet<>(rules.keySet());
            result.findings().forEach(f -> ids.add(f.ruleId()));
            html.append("<section class=\"rg-filters\" aria-label=\"filters\"><label>Rule <select class=\"rg-filter-rule\">")
                    .append("<option value=\"\">all rules</option>");
            for (String id : ids) {
                html.append("<option value=\"").append(escape(id)).append("\">").append(escape(id)).append("</option>");
            }
            html.append("</select></label> <label>Level <select class=\"rg-filter-level\"><option value=\"\">all levels</option>");
            for (Level level : Level.values()) {
                html.append("<option value=\"").append(level.sarifName()).append("\">").append(level.sarifName()).append("</option>");
            }
            html.append("</select></label> <span class=\"rg-shown\">").append(count(result.findings().size(), "finding"))
                    .append("</span></section>\n");
        }

        private void findings() {
            html.append("<section class=\"rg-findings\"><h2>Findings</h2>\n");
            if (result.findings().isEmpty()) {
                html.append("<p class=\"rg-none\">No findings.</p>\n");
            }
            // file → rule → findings, files and rules in name order, findings by line
            Map<String, Map<String, List<Numbered>>> byFile = new java.util.TreeMap<>();
            for (int i = 0; i < result.findings().size(); i++) {
                Finding finding = result.findings().get(i);
                byFile.computeIfAbsent(path(finding.primary().file()), p -> new java.util.TreeMap<>())
                        .computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(new Numbered(i + 1, finding));
            }
            for (Map.Entry<String, Map<String, List<Numbered>>> file : byFile.entrySet()) {
                int inFile = file.getValue().values().stream().mapToInt(List::size).sum();
                html.append("<section class=\"rg-file\" data-path=\"").append(escape(file.getKey())).append("\">\n<h3 class=\"rg-file-name\">")
                        .append(escape(file.getKey())).append(" <span class=\"rg-count\">").append(count(inFile, "finding"))
                        .append("</span></h3>\n");
                for (Map.Entry<String, List<Numbered>> group : file.getValue().entrySet()) {
                    html.append("<section class=\"rg-group\" data-rule=\"").append(escape(group.getKey())).append("\">\n<h4 class=\"rg-group-name\"><code>")
                            .append(escape(group.getKey())).append("</code>");
                    RuleDescriptor rule = rules.get(group.getKey());
                    if (rule != null) {
                        html.append(" <span class=\"rg-rule-desc\">").append(escape(rule.shortDescription())).append("</span>");
                    }
                    html.append("</h4>\n");
                    List<Numbered> sorted = new ArrayList<>(group.getValue());
                    sorted.sort(Comparator.comparingInt((Numbered n) -> n.finding().primary().line())
                            .thenComparingInt(n -> n.finding().primary().column()).thenComparingInt(Numbered::number));
                    for (Numbered numbered : sorted) {
                        finding(numbered.number(), numbered.finding(), file.getKey());
                    }
                    html.append("</section>\n");
                }
                html.append("</section>\n");
            }
            html.append("</section>\n");
        }

        private void finding(int number, Finding finding, String path) {
            String id = "rg-f" + number;
            Location primary = finding.primary();
            html.append("<article class=\"rg-finding rg-level-").append(finding.level().sarifName()).append("\" id=\"").append(id)
                    .append("\" data-rule=\"").append(escape(finding.ruleId())).append("\" data-level=\"").append(finding.level().sarifName())
                    .append("\" data-path=\"").append(escape(path)).append("\" data-line=\"").append(primary.line()).append("\">\n");
            html.append("<div class=\"rg-finding-head\">").append(levelBadge(finding.level())).append(" <a class=\"rg-where\" href=\"#")
                    .append(id).append("\">").append(escape(path)).append(':').append(primary.line()).append(':').append(primary.column())
                    .append("</a> <code class=\"rg-rule-id\">").append(escape(finding.ruleId())).append("</code>");
            if (finding.enclosingMember() != null && !finding.enclosingMember().isEmpty()) {
                html.append(" <span class=\"rg-member\">in <code>").append(escape(finding.enclosingMember())).append("</code></span>");
            }
            html.append("</div>\n");

            List<Location> steps = steps(finding);
            // where each related location is shown: the flow step at the same place, else its own entry
            Map<Integer, Integer> relatedToStep = new java.util.TreeMap<>();
            List<Integer> unmatched = new ArrayList<>();
            for (int r = 0; r < finding.related().size(); r++) {
                Location related = finding.related().get(r);
                int step = -1;
                for (int s = 0; s < steps.size() && step < 0; s++) {
                    if (samePlace(steps.get(s), related)) {
                        step = s;
                    }
                }
                if (step >= 0) {
                    relatedToStep.put(r, step);
                } else {
                    unmatched.add(r);
                }
            }
            html.append("<p class=\"rg-message\">").append(message(finding, id)).append("</p>\n");

            if (!steps.isEmpty()) {
                html.append("<ol class=\"rg-flow\">\n");
                for (int s = 0; s < steps.size(); s++) {
                    Location step = steps.get(s);
                    html.append("<li class=\"rg-step\" id=\"").append(id).append("-s").append(s + 1).append("\" data-path=\"")
                            .append(escape(path(step.file()))).append("\" data-line=\"").append(step.line()).append("\">");
                    for (Map.Entry<Integer, Integer> link : relatedToStep.entrySet()) {
                        if (link.getValue() == s) {
                            html.append("<span class=\"rg-anchor\" id=\"").append(id).append("-r").append(link.getKey() + 1).append("\"></span>");
                        }
                    }
                    html.append("<div class=\"rg-step-head\"><span class=\"rg-step-text\">")
                            .append(escape(step.message() == null || step.message().isBlank() ? "here" : step.message()))
                            .append("</span> <span class=\"rg-loc\">").append(escape(place(step, primary))).append("</span></div>");
                    excerpt(step);
                    html.append("</li>\n");
                }
                html.append("</ol>\n");
            }
            if (!unmatched.isEmpty()) {
                html.append("<ul class=\"rg-related\">\n");
                for (int r : unmatched) {
                    Location related = finding.related().get(r);
                    html.append("<li id=\"").append(id).append("-r").append(r + 1).append("\"><span class=\"rg-step-text\">")
                            .append(escape(related.message() == null || related.message().isBlank() ? "related" : related.message()))
                            .append("</span> <span class=\"rg-loc\">").append(escape(place(related, primary))).append("</span>");
                    excerpt(related);
                    html.append("</li>\n");
                }
                html.append("</ul>\n");
            }

            RuleDescriptor rule = rules.get(finding.ruleId());
            if (rule != null) {
                html.append("<details class=\"rg-fix\"><summary>How to fix</summary>\n<div class=\"rg-help\">")
                        .append(markdown(rule.helpMarkdown())).append("</div></details>\n");
            }
            html.append("<details class=\"rg-suppress\"><summary>How to suppress</summary>\n<p>If this is intended, annotate ")
                    .append(memberDescription(finding.enclosingMember())).append(" with <code>@SuppressWarnings(&quot;raceguard:")
                    .append(escape(finding.ruleId())).append("&quot;)</code>, or put <code>// raceguard:ignore ")
                    .append(escape(finding.ruleId())).append(" reason</code> on line ").append(primary.line())
                    .append(" or the line above it.</p></details>\n");
            html.append("</article>\n");
        }

        /** The message with {@code [text](n)} turned into a link to related location n and its place. */
        private String message(Finding finding, String id) {
            StringBuilder out = new StringBuilder();
            Matcher m = Finding.LINK.matcher(finding.message());
            int last = 0;
            while (m.find()) {
                out.append(escape(finding.message().substring(last, m.start())));
                int index = Integer.parseInt(m.group(2)) - 1;
                if (index >= 0 && index < finding.related().size()) {
                    Location related = finding.related().get(index);
                    out.append("<a class=\"rg-related-link\" href=\"#").append(id).append("-r").append(index + 1).append("\">")
                            .append(escape(m.group(1))).append("</a> <span class=\"rg-loc\">(")
                            .append(escape(related.file() == null ? "line " + related.line() : related.shortName()))
                            .append(")</span>");
                } else {
                    out.append(escape(m.group(1)));
                }
                last = m.end();
            }
            out.append(escape(finding.message().substring(last)));
            return out.toString();
        }

        /** A few lines of source around a step, the step's own lines marked; nothing when unreadable. */
        private void excerpt(Location at) {
            List<String> lines = sources.lines(at.file());
            if (lines.isEmpty() || at.line() < 1 || at.line() > lines.size()) {
                return;
            }
            int regionEnd = Math.min(Math.max(at.endLine(), at.line()), at.line() + MAX_REGION_LINES - 1);
            int from = Math.max(1, at.line() - CONTEXT_LINES);
            int to = Math.min(lines.size(), regionEnd + CONTEXT_LINES);
            int width = String.valueOf(to).length();
            html.append("<pre class=\"rg-code\"><code>");
            for (int line = from; line <= to; line++) {
                boolean hit = line >= at.line() && line <= regionEnd;
                html.append("<span class=\"rg-line").append(hit ? " rg-hit" : "").append("\"><span class=\"rg-ln\">")
                        .append(" ".repeat(width - String.valueOf(line).length())).append(line).append("</span> ")
                        .append(escape(lines.get(line - 1))).append("</span>");
            }
            html.append("</code></pre>");
        }

        private void suppressed() {
            if (result.suppressed().isEmpty()) {
                return;
            }
            html.append("<section class=\"rg-suppressed\"><details><summary>")
                    .append(count(result.suppressed().size(), "suppressed finding")).append("</summary>\n<ul>\n");
            for (Finding finding : result.suppressed()) {
                html.append("<li>").append(escape(TextReport.formatFinding(finding, result.sourceRoot()))).append("</li>\n");
            }
            html.append("</ul></details></section>\n");
        }

        private void notifications() {
            if (result.notifications().isEmpty()) {
                return;
            }
            html.append("<section class=\"rg-notifications\"><details").append(result.notifications().size() <= 5 ? " open" : "")
                    .append("><summary>").append(count(result.notifications().size(), "notification"))
                    .append(" from the tool (files it could not read, limits it met)</summary>\n<ul>\n");
            for (Notification n : result.notifications()) {
                html.append("<li class=\"rg-notification\" data-level=\"").append(n.level().sarifName()).append("\">")
                        .append(escape(TextReport.formatNotification(n, result.sourceRoot()))).append("</li>\n");
            }
            html.append("</ul></details></section>\n");
        }

        /** {@code File.java:12} in the finding's own file, else the path from the repository root. */
        private String place(Location at, Location primary) {
            return at.file() != null && at.file().equals(primary.file()) ? at.shortName() : path(at.file()) + ":" + at.line();
        }

        private String path(Path file) {
            return TextReport.displayPath(result.sourceRoot(), file);
        }
    }

    private record Numbered(int number, Finding finding) {
    }

    /** The steps shown for a finding: its flow, else its related locations followed by the primary one. */
    static List<Location> steps(Finding finding) {
        if (!finding.flow().isEmpty()) {
            return finding.flow();
        }
        List<Location> steps = new ArrayList<>(finding.related());
        if (steps.stream().noneMatch(s -> samePlace(s, finding.primary()))) {
            Location primary = finding.primary();
            steps.add(primary.message() == null || primary.message().isBlank() ? primary.withMessage("reported here") : primary);
        }
        return steps;
    }

    private static boolean samePlace(Location a, Location b) {
        return a.line() == b.line() && a.column() == b.column() && java.util.Objects.equals(a.file(), b.file());
    }

    /** Reads each source file once; an unreadable or oversized file has no lines. */
    private static final class Sources {
        private final Map<Path, List<String>> byFile = new HashMap<>();

        List<String> lines(Path file) {
            if (file == null) {
                return List.of();
            }
            return byFile.computeIfAbsent(file.toAbsolutePath().normalize(), Sources::read);
        }

        private static List<String> read(Path file) {
            try {
                if (!Files.isRegularFile(file) || Files.size(file) > MAX_SOURCE_BYTES) {
                    return List.of();
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                return List.of(text.split("\\r\\n|\\r|\\n", -1));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
    }

    private static String memberDescription(String member) {
        if (member == null || member.isEmpty()) {
            return "the method or class";
        }
        int hash = member.indexOf('#');
        if (hash < 0) {
            return "class <code>" + escape(member) + "</code>";
        }
        return "<code>" + escape(member.substring(hash + 1)) + "</code> (or its class <code>"
                + escape(member.substring(0, hash)) + "</code>)";
    }

    private static String levelBadge(Level level) {
        return "<span class=\"rg-badge rg-badge-" + level.sarifName() + "\">" + level.sarifName() + "</span>";
    }

    private static String rootName(AnalysisResult result) {
        return Optional.ofNullable(result.sourceRoot()).map(Path::getFileName).map(name -> ": " + name).orElse("");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ------------------------------------------------------------------------------------------
    // markdown

    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([\\w+-]*)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*]|\\d+\\.)\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])");
    private static final Pattern HTTP_LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");

    /**
     * Renders the small markdown the rules' help uses (paragraphs, fenced code, lists, headings,
     * inline code, bold, emphasis, http(s) links). Every piece of text is escaped before any tag
     * is added, so the help can never inject markup.
     */
    static String markdown(String markdown) {
        if (markdown == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        boolean inList = false;
        StringBuilder code = null;
        for (String line : markdown.split("\\r\\n|\\r|\\n", -1)) {
            Matcher fence = FENCE.matcher(line);
            if (code != null) {
                if (fence.matches() && fence.group(1).isEmpty()) {
                    out.append(code).append("</code></pre>\n");
                    code = null;
                } else {
                    code.append(escape(line)).append('\n');
                }
                continue;
            }
            if (fence.matches()) {
                flushParagraph(out, paragraph);
                inList = closeList(out, inList);
                code = new StringBuilder("<pre class=\"rg-help-code\"><code");
                if (!fence.group(1).isEmpty()) {
                    code.append(" class=\"language-").append(escape(fence.group(1))).append('"');
                }
                code.append('>');
                continue;
            }
            if (line.isBlank()) {
                flushParagraph(out, paragraph);
                inList = closeList(out, inList);
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (heading.matches()) {
                flushParagraph(out, paragraph);
                inList = closeList(out, inList);
                out.append("<p class=\"rg-help-heading\"><strong>").append(inline(heading.group(2))).append("</strong></p>\n");
            } else if (item.matches()) {
                flushParagraph(out, paragraph);
                if (!inList) {
                    out.append("<ul>\n");
                    inList = true;
                }
                out.append("<li>").append(inline(item.group(1))).append("</li>\n");
            } else {
                if (inList && Character.isWhitespace(line.charAt(0))) {
                    // continuation of the last item: append to it
                    int end = out.lastIndexOf("</li>\n");
                    out.insert(end, " " + inline(line.trim()));
                    continue;
                }
                inList = closeList(out, inList);
                paragraph.add(line.trim());
            }
        }
        if (code != null) {
            out.append(code).append("</code></pre>\n");
        }
        flushParagraph(out, paragraph);
        closeList(out, inList);
        return out.toString();
    }

    private static void flushParagraph(StringBuilder out, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            out.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
            paragraph.clear();
        }
    }

    private static boolean closeList(StringBuilder out, boolean inList) {
        if (inList) {
            out.append("</ul>\n");
        }
        return false;
    }

    /** Inline markdown: code spans first (their content is only escaped), then bold, emphasis, links. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean codeSpan = i % 2 == 1 && i < parts.length - 1;
            if (codeSpan) {
                out.append("<code>").append(escape(parts[i])).append("</code>");
            } else {
                String escaped = escape(i % 2 == 1 ? "`" + parts[i] : parts[i]);
                escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
                escaped = EMPHASIS.matcher(escaped).replaceAll("<em>$1</em>");
                escaped = HTTP_LINK.matcher(escaped).replaceAll("<a href=\"$2\" rel=\"noopener noreferrer\">$1</a>");
                out.append(escaped);
            }
        }
        return out.toString();
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------
    // style and script, scoped to .raceguard-report

    private static final String STYLE = """

            .raceguard-report{--rg-error:#b42318;--rg-warning:#b54708;--rg-note:#175cd3;--rg-border:#d0d5dd;\
            font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:14px;\
            line-height:1.45;color:#1d2939;max-width:1180px;margin:0 auto;padding:16px 24px 32px;background:#f6f7f9}
            .raceguard-report [hidden]{display:none!important}
            .raceguard-report h1{font-size:22px;margin:0 0 4px}
            .raceguard-report h2{font-size:18px;margin:24px 0 8px}
            .raceguard-report code,.raceguard-report pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:12.5px}
            .raceguard-report a{color:#175cd3;text-decoration:none}
            .raceguard-report a:hover{text-decoration:underline}
            .raceguard-report .rg-summary-line{color:#475467;margin:0}
            .raceguard-report .rg-cards{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:12px}
            .raceguard-report .rg-card{background:#fff;border:1px solid var(--rg-border);border-radius:8px;padding:8px 14px;min-width:90px}
            .raceguard-report .rg-card-n{display:block;font-size:22px;font-weight:600}
            .raceguard-report .rg-card-label{color:#475467;font-size:12px}
            .raceguard-report .rg-card-error .rg-card-n{color:var(--rg-error)}
            .raceguard-report .rg-card-warning .rg-card-n{color:var(--rg-warning)}
            .raceguard-report .rg-card-note .rg-card-n{color:var(--rg-note)}
            .raceguard-report table{border-collapse:collapse;background:#fff;border:1px solid var(--rg-border);width:100%}
            .raceguard-report th,.raceguard-report td{padding:5px 10px;border-bottom:1px solid #eaecf0;text-align:left;vertical-align:top}
            .raceguard-report th{background:#f2f4f7;font-weight:600}
            .raceguard-report .rg-num{text-align:right;width:70px}
            .raceguard-report .rg-zero{color:#98a2b3}
            .raceguard-report .rg-rule-desc{color:#667085;font-size:12.5px}
            .raceguard-report .rg-badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;color:#fff}
            .raceguard-report .rg-badge-error{background:var(--rg-error)}
            .raceguard-report .rg-badge-warning{background:var(--rg-warning)}
            .raceguard-report .rg-badge-note{background:var(--rg-note)}
            .raceguard-report .rg-filters{position:sticky;top:0;z-index:1;background:#f6f7f9;padding:8px 0;margin-top:16px;border-bottom:1px solid var(--rg-border)}
            .raceguard-report .rg-filters label{margin-right:12px;font-weight:600}
            .raceguard-report .rg-filters select{margin-left:4px;font:inherit}
            .raceguard-report .rg-shown{color:#475467}
            .raceguard-report .rg-file{margin:16px 0}
            .raceguard-report .rg-file-name{font-size:15px;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:0 0 6px;word-break:break-all}
            .raceguard-report .rg-count{font-family:system-ui,sans-serif;font-weight:400;color:#667085;font-size:12.5px}
            .raceguard-report .rg-group-name{font-size:14px;margin:8px 0 6px}
            .raceguard-report .rg-finding{background:#fff;border:1px solid var(--rg-border);border-left:4px solid var(--rg-note);border-radius:6px;padding:10px 14px;margin:0 0 10px}
            .raceguard-report .rg-finding.rg-level-error{border-left-color:var(--rg-error)}
            .raceguard-report .rg-finding.rg-level-warning{border-left-color:var(--rg-warning)}
            .raceguard-report .rg-finding:target{box-shadow:0 0 0 2px #84adff}
            .raceguard-report .rg-finding-head{font-size:13px}
            .raceguard-report .rg-member{color:#667085}
            .raceguard-report .rg-message{margin:6px 0}
            .raceguard-report .rg-loc{color:#667085;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
            .raceguard-report .rg-flow,.raceguard-report .rg-related{margin:6px 0;padding-left:26px}
            .raceguard-report .rg-step{margin:0 0 6px}
            .raceguard-report .rg-step-text{font-weight:600}
            .raceguard-report .rg-code{background:#f8f9fc;border:1px solid #eaecf0;border-radius:4px;padding:4px 0;margin:3px 0 0;overflow-x:auto}
            .raceguard-report .rg-line{display:block;padding:0 8px;white-space:pre}
            .raceguard-report .rg-hit{background:#fff4c2}
            .raceguard-report .rg-ln{color:#98a2b3;user-select:none}
            .raceguard-report details{margin:4px 0}
            .raceguard-report summary{cursor:pointer;color:#344054;font-weight:600}
            .raceguard-report .rg-help pre{background:#f8f9fc;border:1px solid #eaecf0;border-radius:4px;padding:6px 8px;overflow-x:auto}
            .raceguard-report .rg-footer{margin-top:24px;color:#667085;font-size:12px}
            """;

    private static final String SCRIPT = """

            (function () {
              var scripts = document.getElementsByTagName('script');
              var here = document.currentScript || scripts[scripts.length - 1];
              var root = here && here.closest ? here.closest('.raceguard-report') : document.querySelector('.raceguard-report');
              if (!root) { return; }
              var ruleSelect = root.querySelector('.rg-filter-rule');
              var levelSelect = root.querySelector('.rg-filter-level');
              var shown = root.querySelector('.rg-shown');
              var findings = root.querySelectorAll('.rg-finding');
              function values(text) {
                return text ? text.split(',').filter(function (v) { return v.length > 0; }) : [];
              }
              function fromHash() {
                var hash = window.location.hash.replace(/^#/, '');
                if (hash.indexOf('rule=') < 0 && hash.indexOf('level=') < 0) { return null; }
                var filter = { rule: '', level: '' };
                hash.split('&').forEach(function (part) {
                  var eq = part.indexOf('=');
                  if (eq < 0) { return; }
                  var key = decodeURIComponent(part.substring(0, eq));
                  var value = decodeURIComponent(part.substring(eq + 1).replace(/\\+/g, ' '));
                  if (key === 'rule' || key === 'level') { filter[key] = value; }
                });
                return filter;
              }
              function select(element, value) {
                var known = false;
                for (var i = 0; i < element.options.length; i++) {
                  if (element.options[i].value === value) { known = true; }
                }
                if (!known && value) {
                  var option = document.createElement('option');
                  option.value = value;
                  option.textContent = value;
                  element.appendChild(option);
                }
                element.value = value;
              }
              function apply(filter) {
                var rules = values(filter.rule);
                var levels = values(filter.level);
                var visible = 0;
                for (var i = 0; i < findings.length; i++) {
                  var f = findings[i];
                  var ok = (rules.length === 0 || rules.indexOf(f.getAttribute('data-rule')) >= 0)
                      && (levels.length === 0 || levels.indexOf(f.getAttribute('data-level')) >= 0);
                  f.hidden = !ok;
                  if (ok) { visible++; }
                }
                root.querySelectorAll('.rg-group, .rg-file').forEach(function (section) {
                  section.hidden = section.querySelector('.rg-finding:not([hidden])') === null;
                });
                select(ruleSelect, filter.rule);
                select(levelSelect, filter.level);
                root.setAttribute('data-filter-rule', filter.rule);
                root.setAttribute('data-filter-level', filter.level);
                root.setAttribute('data-visible', String(visible));
                shown.textContent = (rules.length || levels.length)
                    ? visible + ' of ' + findings.length + ' findings shown'
                    : findings.length + (findings.length === 1 ? ' finding' : ' findings');
              }
              function onChange() {
                var parts = [];
                if (ruleSelect.value) { parts.push('rule=' + encodeURIComponent(ruleSelect.value)); }
                if (levelSelect.value) { parts.push('level=' + encodeURIComponent(levelSelect.value)); }
                var filter = { rule: ruleSelect.value, level: levelSelect.value };
                if (window.history && window.history.replaceState) {
                  window.history.replaceState(null, '', parts.length ? '#' + parts.join('&') : window.location.pathname + window.location.search);
                }
                apply(filter);
              }
              ruleSelect.addEventListener('change', onChange);
              levelSelect.addEventListener('change', onChange);
              window.addEventListener('hashchange', function () {
                var filter = fromHash();
                if (filter) { apply(filter); }
              });
              apply(fromHash() || { rule: '', level: '' });
            })();
            """;
}
