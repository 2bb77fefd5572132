package io.github.raceguard.persistence;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UniqueConstraintsTest {

    @TempDir
    Path dir;

    private static Optional<UniqueKey> protecting(ProjectModel model, String entity, String... segments) {
        UniqueConstraints unique = model.uniqueConstraints();
        List<UniqueConstraints.Column> columns = Arrays.stream(segments).map(s -> unique.column(entity, s)).toList();
        return unique.protecting(entity, columns);
    }

    @Test
    void columnUniqueIdAndNaturalId() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("a/Member.java", """
                package a;
                import jakarta.persistence.*;
                import org.hibernate.annotations.NaturalId;
                @Entity class Member {
                    @Id Long id;
                    @Column(unique = true) String email;
                    @NaturalId String tenant;
                    @NaturalId String handle;
                    String nickname;
                }
                """));
        assertTrue(protecting(model, "a.Member", "Email").isPresent());
        assertTrue(protecting(model, "a.Member", "Id").isPresent());
        assertFalse(protecting(model, "a.Member", "Nickname").isPresent());
        // the two natural-id attributes form one key
        assertFalse(protecting(model, "a.Member", "Handle").isPresent());
        assertTrue(protecting(model, "a.Member", "Tenant", "Handle").isPresent());
        assertEquals("the @NaturalId of Member", protecting(model, "a.Member", "Handle", "Tenant", "Nickname").get().description());
    }

    @Test
    void tableConstraintsAndIndexesByColumnOrPropertyName() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("c/Coupon.java", """
                package c;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "coupons",
                       uniqueConstraints = { @UniqueConstraint(columnNames = {"campaign_id", "code"}) },
                       indexes = { @Index(columnList = "partnerRef ASC, channel", unique = true), @Index(columnList = "owner") })
                class Coupon {
                    @Id Long id;
                    @Column(name = "campaign_id") Long campaignId;
                    String code;
                    String partnerRef;
                    String channel;
                    String owner;
                }
                """));
        assertTrue(protecting(model, "c.Coupon", "CampaignId", "Code").isPresent());
        assertTrue(protecting(model, "c.Coupon", "Code", "CampaignId", "Owner").isPresent(), "a key on a subset covers the combination");
        assertFalse(protecting(model, "c.Coupon", "Code").isPresent(), "a key on more columns does not make one of them unique");
        assertTrue(protecting(model, "c.Coupon", "PartnerRef", "Channel").isPresent());
        assertFalse(protecting(model, "c.Coupon", "Owner").isPresent());
    }

    @Test
    void inheritedFromMappedSuperclassAndMongoIndexes() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "b/Slugged.java", """
                        package b;
                        import jakarta.persistence.*;
                        @MappedSuperclass public abstract class Slugged { @Id Long id; @Column(unique = true) protected String slug; }
                        """,
                "b/Topic.java", """
                        package b;
                        @jakarta.persistence.Entity public class Topic extends Slugged { String title; }
                        """,
                "m/Subscriber.java", """
                        package m;
                        import org.springframework.data.mongodb.core.index.*;
                        import org.springframework.data.mongodb.core.mapping.*;
                        @Document
                        @CompoundIndexes({ @CompoundIndex(name = "l", def = "{'listId': 1, 'address': -1}", unique = true) })
                        class Subscriber {
                            @Indexed(unique = true) String email;
                            @Indexed String mobile;
                            String listId;
                            @Field("addr") String address;
                        }
                        """));
        assertTrue(protecting(model, "b.Topic", "Slug").isPresent());
        assertFalse(protecting(model, "b.Topic", "Title").isPresent());
        assertTrue(protecting(model, "m.Subscriber", "Email").isPresent());
        assertFalse(protecting(model, "m.Subscriber", "Mobile").isPresent());
        assertTrue(protecting(model, "m.Subscriber", "ListId", "Address").isPresent());
        assertEquals(UniqueConstraints.Store.DOCUMENT, model.uniqueConstraints().mapping("m.Subscriber").store());
    }

    @Test
    void migrationsMatchTableAndColumnNames() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "s/UserAccount.java", """
                        package s;
                        import jakarta.persistence.*;
                        @Entity class UserAccount {
                            @Id Long id;
                            String emailAddress;
                            @Column(name = "ext_ref") String externalRef;
                            @ManyToOne Tenant tenant;
                            String code;
                            String nickname;
                        }
                        """,
                "s/Tenant.java", "package s; @jakarta.persistence.Entity class Tenant { @jakarta.persistence.Id Long id; }",
                "s/Order.java", """
                        package s;
                        @jakarta.persistence.Entity(name = "PurchaseOrder") class Order { @jakarta.persistence.Id Long id; String number; }
                        """), Map.of(
                "src/main/resources/db/migration/V1__users.sql", """
                        create table user_account (id bigint primary key, email_address varchar(100), ext_ref varchar(20),
                            tenant_id bigint, code varchar(10), nickname varchar(10));
                        create unique index ux_email on user_account (email_address);
                        create unique index ux_ref on user_account (ext_ref);
                        alter table user_account add constraint uq_tenant_code unique (tenant_id, code);
                        create unique index ux_number on purchase_order (number);
                        """));
        assertTrue(protecting(model, "s.UserAccount", "EmailAddress").isPresent(), "snake_case naming");
        assertTrue(protecting(model, "s.UserAccount", "ExternalRef").isPresent(), "@Column(name)");
        assertTrue(protecting(model, "s.UserAccount", "TenantId", "Code").isPresent(), "association join column");
        assertTrue(protecting(model, "s.UserAccount", "Tenant_Id", "Code").isPresent());
        assertFalse(protecting(model, "s.UserAccount", "Nickname").isPresent());
        assertTrue(protecting(model, "s.Order", "Number").isPresent(), "@Entity(name) names the table");
        assertTrue(model.uniqueConstraints().protecting("s.UserAccount",
                List.of(UniqueConstraints.sqlColumn("email_address"))).isPresent());
    }

    @Test
    void tableLookupsFindEntityAnnotationsToo() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("t/Ticket.java", """
                package t;
                import jakarta.persistence.*;
                @Entity @Table(name = "tickets") class Ticket { @Id Long id; @Column(name = "ticket_no", unique = true) String number; }
                """));
        UniqueConstraints unique = model.uniqueConstraints();
        assertTrue(unique.protectingTable("TICKETS", List.of(UniqueConstraints.sqlColumn("ticket_no"))).isPresent());
        assertFalse(unique.protectingTable("tickets", List.of(UniqueConstraints.sqlColumn("status"))).isPresent());
    }

    @Test
    void propertyAccessAndNaturalIdentifiers() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "h/Employee.java", """
                        package h;
                        import javax.persistence.*;
                        @Entity class Employee {
                            private Long id;
                            private String badge;
                            @Id @GeneratedValue public Long getId() { return id; }
                            @Column(name = "badge_no", unique = true) public String getBadge() { return badge; }
                        }
                        """,
                "h/Skill.java", "package h; @javax.persistence.Entity class Skill { @javax.persistence.Id String code; String label; }"));
        assertTrue(protecting(model, "h.Employee", "Badge").isPresent(), "annotations on the getter");
        assertTrue(protecting(model, "h.Skill", "Id").isPresent(), "findById is by the identifier, whatever it is called");
        assertFalse(protecting(model, "h.Skill", "Label").isPresent());
    }

    @Test
    void typesThatCannotBeReadAreUnknown() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("u/A.java", "package u; class A {}"));
        assertFalse(model.uniqueConstraints().mapping("com.elsewhere.Missing").known());
        assertTrue(model.uniqueConstraints().mapping("u.A").known());
    }
}
