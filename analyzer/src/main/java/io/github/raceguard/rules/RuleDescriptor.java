package io.github.raceguard.rules;

import io.github.raceguard.report.Level;

import java.util.List;

/**
 * A rule's metadata, declared on the rule class itself and used verbatim by the text report,
 * the SARIF {@code reportingDescriptor} and the README's rule table.
 *
 * @param id               stable kebab-case id users type to disable or suppress the rule
 * @param name             PascalCase name (SARIF {@code name})
 * @param defaultLevel     level of its findings
 * @param shortDescription one sentence
 * @param fullDescription  a paragraph: what races with what
 * @param helpMarkdown     the fix, with a before/after example, in markdown
 * @param tags             SARIF {@code properties.tags}
 * @param precision        SARIF {@code properties.precision}: very-high, high, medium, low
 */
public record RuleDescriptor(String id, String name, Level defaultLevel, String shortDescription,
                             String fullDescription, String helpMarkdown, List<String> tags,
                             String precision) {

    public RuleDescriptor {
        tags = List.copyOf(tags);
    }

    /** Plain-text help: the markdown without code fences, for consumers that do not render it. */
    public String helpText() {
        return helpMarkdown.replaceAll("(?m)^```\\w*[ \\t]*$\\n?", "").replace("`", "").replace("**", "");
    }
}
