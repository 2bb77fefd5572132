package io.github.raceguard.flow;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.body.MethodDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataWritesTest {

    @TempDir
    Path dir;

    private static final String ENTITIES = """
            package t;
            import jakarta.persistence.*;
            @Entity class Payment { @Id @GeneratedValue Long id; String requestId; Payment(String r) { requestId = r; } static Payment of(String r) { return new Payment(r); } }
            @Entity class Seen { @Id String key; Seen(String k) { key = k; } }
            @Entity class Customer { @Id @GeneratedValue Long id; String email; }
            """;

    private static final String REPOSITORIES = """
            package t;
            import org.springframework.data.jpa.repository.*;
            import org.springframework.data.repository.query.Param;
            interface PaymentRepository extends JpaRepository<Payment, Long> {
                boolean existsByRequestId(String requestId);
                @Modifying @Query("update Payment p set p.amount = p.amount + :d where p.id = :id") int add(@Param("id") Long id, @Param("d") long d);
                @Modifying @Query("update Payment p set p.state = :s where p.id = :id") int mark(@Param("id") Long id, @Param("s") String s);
            }
            interface SeenRepository extends JpaRepository<Seen, String> { }
            interface CustomerRepository extends JpaRepository<Customer, Long> { boolean existsByEmail(String email); }
            """;

    private static final String OTHER_BEAN = """
            package t;
            import org.springframework.stereotype.Service;
            import org.springframework.transaction.annotation.Transactional;
            import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
            @Service public class Ledger {
                private final PaymentRepository payments;
                Ledger(PaymentRepository payments) { this.payments = payments; }
                @Transactional public void both(String r) { payments.save(new Payment(r)); payments.mark(1L, "X"); }
                public void one(String r) { payments.save(new Payment(r)); }
                @SchedulerLock(name = "x") public void locked(String r) { payments.save(new Payment(r)); }
            }
            """;

    private static final String SERVICE = """
            package t;
            import java.util.List;
            import java.util.concurrent.locks.Lock;
            import org.redisson.api.RedissonClient;
            import org.springframework.integration.support.locks.LockRegistry;
            import org.springframework.jdbc.core.JdbcTemplate;
            import org.springframework.dao.DataIntegrityViolationException;
            import org.springframework.kafka.core.KafkaTemplate;
            import org.springframework.transaction.support.TransactionTemplate;
            public class Service {
                PaymentRepository payments; SeenRepository seen; CustomerRepository customers; JdbcTemplate jdbc;
                Ledger ledger; TransactionTemplate tx; RedissonClient redisson; LockRegistry registry; KafkaTemplate<String, String> kafka;
                PaymentGateway gateway;

                public void kinds(Payment loaded, String r) {
                    payments.save(new Payment(r));
                    payments.save(Payment.of(r));
                    Payment fresh = new Payment(r);
                    payments.save(fresh);
                    payments.save(loaded);
                    seen.save(new Seen(r));
                    payments.add(1L, 5);
                    payments.mark(1L, "PAID");
                    payments.deleteById(1L);
                    jdbc.update("insert into audit(x) values (?)", r);
                    jdbc.update("insert into audit(x) values (?) on conflict do nothing", r);
                    kafka.send("topic", r);
                    gateway.charge(r, 10);
                }

                public void branches(boolean a, String r) {
                    if (a) { payments.save(new Payment(r)); } else { payments.mark(1L, "A"); }
                    if (r == null) { payments.deleteById(1L); return; }
                    try { payments.mark(1L, "B"); } catch (RuntimeException e) { payments.mark(1L, "FAILED"); throw e; }
                    for (int i = 0; i < 3; i++) { payments.mark(1L, "C"); }
                }

                public void sequence(String r) {
                    payments.save(new Payment(r));
                    tx.executeWithoutResult(s -> { payments.mark(1L, "T"); payments.deleteById(2L); });
                    ledger.both(r);
                    ledger.one(r);
                    helper(r);
                }

                private void helper(String r) { payments.mark(1L, "H"); payments.mark(2L, "H"); }

                public void guarded(String r) {
                    if (payments.existsByRequestId(r)) { return; }
                    payments.save(new Payment(r));
                }

                public void unrelatedCheck(String r) {
                    if (!customers.existsByEmail(r)) { throw new IllegalStateException(); }
                    seen.save(new Seen(r));
                    jdbc.update("insert into payment(request_id) values (?)", r);
                }

                public void duplicateCaught(String r) {
                    try { payments.saveAndFlush(new Payment(r)); } catch (DataIntegrityViolationException e) { }
                    gateway.charge(r, 10, r + "-idempotencyKey");
                }

                public void locks(String r) throws InterruptedException {
                    payments.save(new Payment(r));
                    Lock lock = registry.obtain("k");
                    if (lock.tryLock()) { payments.mark(1L, "L"); }
                }

                public void lockedCallee(String r) {
                    ledger.locked(r);
                    ledger.one(r);
                }

                public void redisson(String r) {
                    redisson.getLock("k").lock();
                    payments.mark(1L, "R");
                }

                public void advisory(String r) {
                    jdbc.queryForObject("select pg_try_advisory_lock(1)", Boolean.class);
                    payments.mark(1L, "A");
                }
            }
            interface PaymentGateway { void charge(String token, long amount); void charge(String token, long amount, String key); }
            """;

    private ProjectModel model() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("t/Entities.java", ENTITIES);
        sources.put("t/Repositories.java", REPOSITORIES);
        sources.put("t/Ledger.java", OTHER_BEAN);
        sources.put("t/Service.java", SERVICE);
        return ModelFixtures.model(dir, sources);
    }

    private static DataWrites.Summary summary(ProjectModel model, String method) {
        MethodDeclaration declaration = model.types().sourceType("t.Service").orElseThrow().getMethodsByName(method).get(0);
        return model.dataWrites().of(declaration);
    }

    @Test
    void classifiesWhatEachWriteDoes() throws Exception {
        List<DataWrites.Kind> kinds = summary(model(), "kinds").writes().stream().map(DataWrites.Write::kind).toList();
        assertEquals(List.of(
                DataWrites.Kind.INSERT,    // save(new Payment)
                DataWrites.Kind.INSERT,    // save(Payment.of(..)): a static factory of the entity
                DataWrites.Kind.INSERT,    // save(fresh), fresh = new Payment
                DataWrites.Kind.UPDATE,    // save(loaded)
                DataWrites.Kind.UPSERT,    // save(new Seen(key)): assigned id, merged by key
                DataWrites.Kind.INCREMENT, // set amount = amount + :d
                DataWrites.Kind.UPDATE,    // set state = :s
                DataWrites.Kind.DELETE,
                DataWrites.Kind.INSERT,    // INSERT statement
                DataWrites.Kind.UPSERT,    // INSERT ... ON CONFLICT
                DataWrites.Kind.OUTBOUND,  // KafkaTemplate.send
                DataWrites.Kind.OUTBOUND), // a gateway interface without implementation
                kinds);
    }

    @Test
    void exclusiveBranchesEarlyReturnsCatchBlocksAndLoopsDoNotAddUp() throws Exception {
        DataWrites.Summary summary = summary(model(), "branches");
        assertEquals(6, summary.writes().size(), "every write is collected");
        assertEquals(3, summary.longestPath().size(), "if/else: 1, then mark B, the loop body once; the catch and the returning branch do not add up");
    }

    @Test
    void transactionsAndHelpersShapeTheSequence() throws Exception {
        List<DataWrites.Unit> path = summary(model(), "sequence").longestPath();
        assertEquals(6, path.size(), path.toString());
        assertFalse(path.get(0).atomic());
        assertTrue(path.get(1).atomic(), "the TransactionTemplate callback commits its two writes together");
        assertTrue(path.get(2).description().contains("its own transaction"), "another bean's @Transactional method is one unit");
        assertEquals("one", path.get(3).callee().getNameAsString(), "a non-transactional bean method contributes its write");
        assertEquals("helper", path.get(4).callee().getNameAsString(), "a private helper contributes both of its writes");
        assertEquals("helper", path.get(5).callee().getNameAsString());
        assertTrue(summary(model(), "sequence").writes().stream().filter(w -> w.description().contains("mark")).anyMatch(DataWrites.Write::inTransaction));
    }

    @Test
    void dedupChecksOnTheSameEntityOrAnIdempotencyKeyGuardTheWrite() throws Exception {
        ProjectModel model = model();
        assertTrue(summary(model, "guarded").writes().get(0).guarded(), "existsByRequestId before the insert");
        List<DataWrites.Write> unrelated = summary(model, "unrelatedCheck").writes();
        assertFalse(unrelated.get(0).guarded(), "a check of another entity is validation, not dedup");
        assertFalse(unrelated.get(1).guarded());
        List<DataWrites.Write> caught = summary(model, "duplicateCaught").writes();
        assertTrue(caught.get(0).guarded(), "the unique-constraint violation is caught");
        assertTrue(caught.get(1).guarded(), "the call passes an idempotency key");
    }

    @Test
    void distributedLocksCoverTheWritesAfterThem() throws Exception {
        ProjectModel model = model();
        List<DataWrites.Write> writes = summary(model, "locks").writes();
        assertFalse(writes.get(0).locked(), "before the lock");
        assertTrue(writes.get(1).locked(), "after LockRegistry.obtain(..).tryLock()");
        List<DataWrites.Write> callees = summary(model, "lockedCallee").writes();
        assertTrue(callees.get(0).locked(), "inside a @SchedulerLock method of another bean");
        assertFalse(callees.get(1).locked());
        assertTrue(summary(model, "redisson").writes().get(0).locked());
        assertTrue(summary(model, "advisory").writes().get(0).locked());
    }
}
