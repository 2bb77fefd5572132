package io.github.raceguard.rules;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckThenInsertRuleTest {

    private static final String RULE = "check-then-insert";

    @TempDir
    Path dir;

    private static final String ENTITY = """
            package shop;
            import jakarta.persistence.*;
            @Entity @Table(name = "shop_customer")
            public class Customer {
                @Id @GeneratedValue Long id;
                String email;
                String loyaltyNumber;
                public Customer(String email) { this.email = email; }
            }
            """;

    private static final String REPOSITORY = """
            package shop;
            import jakarta.persistence.LockModeType;
            import java.util.Optional;
            import org.springframework.data.jpa.repository.*;
            public interface CustomerRepository extends JpaRepository<Customer, Long> {
                boolean existsByEmail(String email);
                boolean existsByLoyaltyNumber(String number);
                @Lock(LockModeType.PESSIMISTIC_WRITE)
                Optional<Customer> findLockedByEmail(String email);
            }
            """;

    private static final String SERVICE = """
            package shop;
            import org.springframework.transaction.annotation.Transactional;
            public class Onboarding {
                private final CustomerRepository customers;
                public Onboarding(CustomerRepository customers) { this.customers = customers; }
                public Customer join(String email) {
                    if (customers.existsByEmail(email)) { throw new IllegalStateException(); }
                    return customers.save(new Customer(email)); // expect: check-then-insert
                }
                public Customer enroll(String email, String number) {
                    if (customers.existsByLoyaltyNumber(number)) { throw new IllegalStateException(); }
                    return customers.save(new Customer(email));
                }
                @Transactional
                public Customer joinLocked(String email) {
                    if (customers.findLockedByEmail(email).isPresent()) { throw new IllegalStateException(); }
                    return customers.save(new Customer(email)); // expect: check-then-insert
                }
            }
            """;

    @Test
    void messageNamesThePropertyTheRaceAndTheFix() throws Exception {
        List<Finding> findings = InlineSources.assertMarked(dir, RULE, Map.of(
                "shop/Customer.java", ENTITY, "shop/CustomerRepository.java", REPOSITORY, "shop/Onboarding.java", SERVICE,
                "db/migration/V1__loyalty.sql", "create unique index ux_loyalty on shop_customer (loyalty_number);"));
        Finding join = findings.get(0);
        String message = join.plainMessage();
        assertTrue(message.contains("existence check on email (Onboarding.java:7)"), message);
        assertTrue(message.contains("both insert one"), message);
        assertTrue(message.contains("@Column(unique = true)") && message.contains("DataIntegrityViolationException")
                && message.contains("saveAndFlush"), message);
        assertEquals(7, join.related().get(0).line());
        assertTrue(findings.get(1).plainMessage().contains("@Lock(PESSIMISTIC_WRITE) lookup locks no row when none exists"),
                findings.get(1).plainMessage());
    }

    @Test
    void migrationsNextToTheSourceRootCountAndTestResourcesDoNot() throws Exception {
        Path module = dir.resolve("shop-service");
        write(module.resolve("src/main/java/shop/Customer.java"), ENTITY);
        write(module.resolve("src/main/java/shop/CustomerRepository.java"), REPOSITORY);
        write(module.resolve("src/main/java/shop/Onboarding.java"), SERVICE);
        write(module.resolve("src/main/resources/db/changelog/changes.xml"), """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <changeSet id="1" author="x">
                    <addUniqueConstraint tableName="shop_customer" columnNames="email"/>
                  </changeSet>
                </databaseChangeLog>
                """);
        write(module.resolve("src/test/resources/schema.sql"), "create table shop_customer (id bigint, loyalty_number varchar(20) unique);");
        // the Maven plugin hands over the compile source root, the command line may too
        List<Finding> findings = Analysis.run(new AnalysisRequest(List.of(module.resolve("src/main/java")), List.of(), Set.of(), dir, List.of()))
                .findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
        assertEquals(List.of(), findings.stream().filter(f -> f.plainMessage().contains("on email")).toList(),
                "the Liquibase constraint in src/main/resources protects email");
        assertTrue(findings.stream().anyMatch(f -> f.primary().line() == 12), "loyaltyNumber is only unique in a test schema");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
