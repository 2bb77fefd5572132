package io.github.raceguard.rules;

/**
 * One rule: its metadata and the check. The engine walks every method once and hands it to each
 * enabled rule; a rule reads program facts from the {@link io.github.raceguard.model.ProjectModel}
 * and reports through the context. A rule that throws is reported as a tool notification for that
 * method; the other rules and methods go on.
 */
public interface Rule {

    RuleDescriptor descriptor();

    void check(MethodContext method);

    default String id() {
        return descriptor().id();
    }
}
