package io.github.raceguard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The HTML report (issue 16): one self-contained page. This first version lists the findings;
 * the full report (summary, flows with source excerpts, filters) replaces its body.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Writes a complete, self-contained HTML page. */
    public static void write(AnalysisResult result, OutputStream out) throws IOException {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>RaceGuard report</title></head><body>\n"
                + fragment(result) + "</body></html>\n";
        out.write(page.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The report's content for embedding in another page (the Maven site report): one
     * {@code <div class="raceguard-report">} carrying its own style and script.
     */
    public static String fragment(AnalysisResult result) {
        StringBuilder html = new StringBuilder("<div class=\"raceguard-report\">\n<h1>RaceGuard</h1>\n<p>")
                .append(escape(TextReport.summary(result))).append("</p>\n<ul>\n");
        for (Finding finding : result.findings()) {
            html.append("<li class=\"finding\" data-rule=\"").append(escape(finding.ruleId())).append("\">")
                    .append(escape(TextReport.formatFinding(finding, result.sourceRoot()))).append("</li>\n");
        }
        return html.append("</ul>\n</div>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
