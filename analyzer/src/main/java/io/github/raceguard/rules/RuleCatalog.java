package io.github.raceguard.rules;

import java.util.List;
import java.util.Set;

/** Every rule RaceGuard has, in report order. A new rule is one class plus one line here. */
public final class RuleCatalog {
    private RuleCatalog() {
    }

    public static List<Rule> all() {
        return List.of(
                new LostUpdateRule(),
                new LostUpdateWeakIsolationRule(),
                new CheckThenInsertRule(),
                new SharedMutableStateRule(),
                new CheckThenActRule(),
                new MissingTransactionRule(),
                new TransactionBypassRule(),
                new UnlockedScheduledJobRule(),
                new NonIdempotentRetryRule(),
                new StaleOverwriteRule(),
                new NonIdempotentConsumerRule(),
                new SideEffectInTransactionRule());
    }

    public static List<Rule> enabled(Set<String> disabled) {
        return all().stream().filter(rule -> !disabled.contains(rule.id())).toList();
    }

    public static Set<String> ids() {
        return Set.copyOf(all().stream().map(Rule::id).toList());
    }
}
