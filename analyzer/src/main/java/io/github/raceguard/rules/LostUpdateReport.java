package io.github.raceguard.rules;

import io.github.raceguard.context.Stack;
import io.github.raceguard.flow.ReadModifyWrite;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the two lost-update rules share: picking the method's read-modify-write they report (one
 * finding per rule per method) and explaining read → modify → write with its fix.
 */
final class LostUpdateReport {
    private LostUpdateReport() {
    }

    /** Rows read with SQL and key-value data have no @Version to add: the fix is in the statement. */
    private static String unmappedFix(ReadModifyWrite rmw) {
        if (rmw.entity().name().startsWith("Redis")) {
            return "Fix: let Redis compute the change atomically (INCRBY / HINCRBY via increment(), setIfAbsent, a Lua script), "
                    + "or use WATCH/MULTI optimistic transactions.";
        }
        return "Fix: let the database compute the change (UPDATE ... SET x = x + ? or a guarded WHERE x >= ?), "
                + "or check a version column in the UPDATE's WHERE clause, or read with SELECT ... FOR UPDATE inside a transaction.";
    }

    /**
     * Reports the method's first read-modify-write matching {@code reported} (one finding per rule
     * per method, SPEC §1); the others of the method are named in its message.
     */
    static void reportFirst(MethodContext method, RuleDescriptor rule, Predicate<ReadModifyWrite> reported,
                            Function<ReadModifyWrite, String> headline, Function<ReadModifyWrite, String> why,
                            Function<Stack, String> fix) {
        List<ReadModifyWrite> matching = method.model().readModifyWrites().findings(method.method()).stream()
                .filter(reported)
                .sorted(Comparator.comparingInt((ReadModifyWrite r) -> r.write().line()).thenComparingInt(r -> r.write().column()))
                .toList();
        if (!matching.isEmpty()) {
            ReadModifyWrite first = matching.get(0);
            String advice = fix.apply(method.model().transactions().stackAt(method.method()));
            report(method, rule, first, matching.subList(1, matching.size()), headline.apply(first), why.apply(first), advice);
        }
    }

    private static void report(MethodContext method, RuleDescriptor rule, ReadModifyWrite rmw, List<ReadModifyWrite> others,
                               String headline, String why, String fix) {
        String entity = rmw.entity().simpleName();
        List<Location> related = new ArrayList<>();
        Location read = rmw.read().location().withMessage("read of " + entity);
        related.add(read);
        StringBuilder message = new StringBuilder(headline).append(": ").append(entity).append(" read [here](1)");
        if (!rmw.changes().isEmpty()) {
            related.add(rmw.changes().get(0));
            message.append(" is changed [here](2) and");
        }
        message.append(switch (rmw.kind()) {
            case SAVE -> " written back";
            case DIRTY_CHECKING -> " is changed while managed and flushed at commit (JPA dirty checking)";
            case BULK_UPDATE -> " written back by a bulk update with a value computed in Java";
        });
        message.append(' ').append(why).append(' ');
        if (rmw.kind() == ReadModifyWrite.WriteKind.BULK_UPDATE && rmw.entity().mapped()) {
            message.append("A bulk update bypasses @Version, so a version would not help. ");
        }
        if (rmw.read().locks() && !rmw.context().active()) {
            message.append("The ").append(rmw.read().lock()).append(" of ")
                    .append(rmw.read().source()).append('.').append(rmw.read().operation())
                    .append(" is released when the repository call's own transaction ends, before the write. ");
        }
        if (rmw.jvmLock()) {
            message.append("synchronized only serializes threads of this JVM: another instance of the service still races. ");
        }
        message.append("Two concurrent requests can read the same state and the later write silently overwrites the earlier one. ");
        for (ReadModifyWrite other : others.subList(0, Math.min(others.size(), 3))) {
            related.add(other.read().location().withMessage("read of " + other.entity().simpleName()));
            related.add(other.write());
            message.append("The same holds for ").append(other.entity().simpleName()).append(" read [here](")
                    .append(related.size() - 1).append(") and written [here](").append(related.size()).append("). ");
        }
        message.append(rmw.entity().mapped() ? fix.replace("{entity}", entity) : unmappedFix(rmw));
        method.report(rule, message.toString().trim(), rmw.write(), related, rmw.flow());
    }
}
