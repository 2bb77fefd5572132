package io.github.raceguard.report;

import java.util.List;

/**
 * One problem found by one rule in one method.
 *
 * @param ruleId    stable rule id (SPEC §1)
 * @param level     effective level
 * @param message   message; may reference related locations as {@code [text](n)}, where n is the
 *                  1-based index into {@code related}
 * @param primary   where the data is lost (the write, or the mutation for dirty checking)
 * @param related   the read, the check, the annotation ... referenced from the message
 * @param flow      read → modify → write steps, in execution order; empty for rules without a flow
 * @param enclosingMember {@code com.acme.Type#method} the finding belongs to (used by baselines
 *                  and suppressions)
 */
public record Finding(String ruleId, Level level, String message, Location primary,
                      List<Location> related, List<Location> flow, String enclosingMember) {

    public Finding {
        related = List.copyOf(related);
        flow = List.copyOf(flow);
    }

    /** The message with {@code [text](n)} links turned into {@code text (File.java:line)}. */
    public String plainMessage() {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = LINK.matcher(message);
        while (m.find()) {
            int index = Integer.parseInt(m.group(2)) - 1;
            String replacement = m.group(1);
            if (index >= 0 && index < related.size()) {
                replacement += " (" + related.get(index).shortName() + ")";
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]+)]\\((\\d+)\\)");
}
