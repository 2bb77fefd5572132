package io.github.raceguard.rules;

import io.github.raceguard.datalayer.DataLayer;
import io.github.raceguard.flow.DataWrites;
import io.github.raceguard.flow.ReadModifyWrite;
import io.github.raceguard.types.Locations;
import io.github.raceguard.context.Scheduling;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code unlocked-scheduled-job}: a scheduled job that writes through the data layer without a
 * distributed lock (SPEC §1). Reported on the job method's name.
 */
public final class UnlockedScheduledJobRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "unlocked-scheduled-job",
            "UnlockedScheduledJob",
            Level.WARNING,
            "A @Scheduled (or Quartz) job writes through the data layer without a distributed lock.",
            "@Scheduled triggers fire in every running instance of the service: with two or more instances (a scaled "
                    + "deployment, a rolling update) the job runs concurrently with itself. When it writes through the data "
                    + "layer, directly or through the beans it calls, the runs race: the same invoice is sent twice, the same "
                    + "rows are processed twice, counters are incremented twice, updates overwrite each other. A "
                    + "synchronized block or a ReentrantLock only serializes one JVM. Protection that counts: ShedLock's "
                    + "@SchedulerLock (on the job or on the bean method it calls), a Redisson lock, a Spring Integration "
                    + "LockRegistry lock or an SQL advisory lock acquired before the writes. Quartz jobs are reported unless "
                    + "the project configures a clustered job store (org.quartz.jobStore.isClustered=true).",
            """
            Make sure only one instance runs the job at a time.

            **Before** (every instance sends the reminders):
            ```java
            @Scheduled(cron = "0 0 8 * * *")
            public void sendPaymentReminders() {
                for (Invoice invoice : invoices.findOverdue()) {
                    mailer.remind(invoice);
                    invoice.setRemindedAt(Instant.now());
                    invoices.save(invoice);
                }
            }
            ```

            **After**, with ShedLock (`@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")` and a `LockProvider` bean):
            ```java
            @Scheduled(cron = "0 0 8 * * *")
            @SchedulerLock(name = "sendPaymentReminders", lockAtMostFor = "PT10M")
            public void sendPaymentReminders() { ... }
            ```

            **Or** a lock from a shared store around the writes:
            ```java
            Lock lock = lockRegistry.obtain("payment-reminders");
            if (lock.tryLock()) {
                try { ... } finally { lock.unlock(); }
            }
            ```
            """,
            List.of("concurrency", "data-integrity", "scheduling", "distributed-systems"),
            "high");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext context) {
        Optional<Scheduling.Job> job = context.model().scheduling().job(context.method());
        if (job.isEmpty() || Scheduling.schedulerLock(job.get().method()).isPresent()) {
            return;
        }
        Scheduling scheduling = context.model().scheduling();
        MethodDeclaration jobMethod = job.get().method();
        List<DataWrites.Write> unowned = context.model().dataWrites().of(jobMethod).writes().stream()
                .filter(w -> !w.locked() && scheduling.ownerCheck(w.at(), jobMethod).isEmpty())
                .toList();
        // a call to another system (a mail, a message) repeats on every node, whatever the writes that follow it
        boolean callsOut = unowned.stream().anyMatch(w -> w.kind() == DataWrites.Kind.OUTBOUND);
        List<ReadModifyWrite> readModifyWrites = context.model().readModifyWrites().writes(jobMethod);
        Optional<DataWrites.Write> write = unowned.stream()
                .filter(w -> w.kind().dataLayer())
                .filter(w -> !idempotentDelete(w, context, 0))
                .filter(w -> callsOut || !(blindWrite(w, readModifyWrites) || compareAndSet(w, context, 0)))
                .findFirst();
        if (write.isEmpty() && writesUnlocked(jobMethod, context)) {
            return; // every node may run it: the writes are restricted to the owner or repeat harmlessly
        }
        String explain;
        Location site;
        List<Location> steps;
        if (write.isPresent()) {
            explain = write.get().explain();
            site = write.get().site();
            steps = write.get().steps();
        } else {
            // JPA dirty checking (SPEC §1): a managed entity read in the job's transaction and changed, flushed at commit
            Optional<ReadModifyWrite> dirty = context.model().readModifyWrites().writes(job.get().method()).stream()
                    .filter(r -> r.kind() == ReadModifyWrite.WriteKind.DIRTY_CHECKING && (callsOut || !r.blind()))
                    .findFirst();
            if (dirty.isEmpty()) {
                return;
            }
            explain = "changes a managed " + dirty.get().entity().simpleName() + " read through " + dirty.get().read().source()
                    + "." + dirty.get().read().operation() + ", which JPA dirty checking writes at commit";
            site = dirty.get().changes().isEmpty() ? dirty.get().write() : dirty.get().changes().get(0);
            steps = dirty.get().flow();
        }
        String name = jobMethod.getNameAsString() + "()";
        List<Location> related = new ArrayList<>();
        related.add(site.withMessage(explain));
        StringBuilder message = new StringBuilder("Scheduled job without a distributed lock: ").append(name).append(' ')
                .append(explain).append(" [here](1)");
        if (job.get().quartz()) {
            message.append(". The Quartz scheduler of every instance fires this job (the job store is not clustered)");
        } else {
            related.add(Locations.of(job.get().trigger(), "@Scheduled"));
            message.append(", and @Scheduled [here](2) fires on every running instance of the service");
        }
        message.append(", so with two or more instances the job runs concurrently with itself and the runs process and write "
                        + "the same data twice or overwrite each other. synchronized or a ReentrantLock would only serialize one JVM. ")
                .append("Fix: add ShedLock's @SchedulerLock(name = \"").append(job.get().method().getNameAsString())
                .append("\") (with @EnableSchedulerLock and a LockProvider), or take a Redisson / Spring Integration LockRegistry lock around the writes.");
        context.report(DESCRIPTOR, message.toString(), Locations.of(job.get().method().getName(), "scheduled job " + name),
                related, steps);
    }

    /**
     * A delete of the rows a predicate selects ({@code deleteByExpiresAtBefore(now)}, {@code DELETE
     * FROM x WHERE expires_at < ?}), directly or through a source method whose only data-layer
     * writes are such deletes: two nodes running it at once leave the same rows.
     */
    private static boolean idempotentDelete(DataWrites.Write write, MethodContext context, int depth) {
        if (write.kind() != DataWrites.Kind.DELETE || !(write.at() instanceof MethodCallExpr call) || depth > 5) {
            return false;
        }
        Optional<MethodDeclaration> callee = context.model().callGraph().callee(call);
        if (Scheduling.isPredicateDelete(call, callee)) {
            return true;
        }
        // a delete whose HQL the data layer wrote out (Panache's delete("expiresAt < ?1", now))
        if (callee.isEmpty() && context.model().dataLayer().classify(call).map(DataLayer.Access::statement)
                .filter(q -> q.toLowerCase(java.util.Locale.ROOT).matches("(?s)\\s*delete\\s.*\\bwhere\\b.*")).isPresent()) {
            return true;
        }
        if (callee.isEmpty() || callee.get().getBody().isEmpty()) {
            return false;
        }
        List<DataWrites.Write> inner = context.model().dataWrites().of(callee.get()).writes().stream()
                .filter(w -> w.kind().dataLayer()).toList();
        return !inner.isEmpty() && inner.stream().allMatch(w -> idempotentDelete(w, context, depth + 1));
    }

    /**
     * An update of rows the job read whose written values do not depend on what was read
     * ({@code coupon.setStatus(EXPIRED); couponService.updateById(coupon)}): two nodes running the
     * job at once write the same values, the second run changes nothing.
     */
    private static boolean blindWrite(DataWrites.Write write, List<ReadModifyWrite> readModifyWrites) {
        if (write.kind() != DataWrites.Kind.UPDATE) {
            return false;
        }
        List<ReadModifyWrite> here = readModifyWrites.stream().filter(r -> sameStatement(r.write(), write.site())).toList();
        return !here.isEmpty() && here.stream().allMatch(ReadModifyWrite::blind);
    }

    private static boolean sameStatement(Location a, Location b) {
        return a.file().equals(b.file()) && a.line() == b.line() && a.column() == b.column();
    }

    /**
     * A compare-and-set update ({@code update .. where id = ? and update_time = #{previous}}),
     * directly or through a source method whose only data-layer writes are such updates: of two
     * nodes running the job at once, one updates the row and the other updates nothing.
     */
    private static boolean compareAndSet(DataWrites.Write write, MethodContext context, int depth) {
        if (write.kind() != DataWrites.Kind.UPDATE || !(write.at() instanceof MethodCallExpr call) || depth > 5) {
            return false;
        }
        Optional<DataLayer.Access> access = context.model().dataLayer().classify(call);
        if (access.isPresent()) {
            return Scheduling.isCompareAndSet(access.get());
        }
        Optional<MethodDeclaration> callee = context.model().callGraph().callee(call);
        if (callee.isEmpty() || callee.get().getBody().isEmpty()) {
            return false;
        }
        List<DataWrites.Write> inner = context.model().dataWrites().of(callee.get()).writes().stream()
                .filter(w -> w.kind().dataLayer()).toList();
        return !inner.isEmpty() && inner.stream().allMatch(w -> compareAndSet(w, context, depth + 1));
    }

    /** True when the job writes through the data layer without a lock (before owner checks and idempotent deletes are set aside). */
    private static boolean writesUnlocked(MethodDeclaration job, MethodContext context) {
        return context.model().dataWrites().of(job).writes().stream().anyMatch(w -> w.kind().dataLayer() && !w.locked());
    }
}
