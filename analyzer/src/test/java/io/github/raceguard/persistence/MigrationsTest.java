package io.github.raceguard.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {

    @TempDir
    Path dir;

    private Migrations migrations(Map<String, String> files) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            written.add(path);
        }
        return new Migrations(written);
    }

    private static Set<Set<String>> keys(Migrations migrations, String table) {
        Set<Set<String>> keys = new java.util.HashSet<>();
        migrations.keys(table).forEach(k -> keys.add(k.columns()));
        return keys;
    }

    @Test
    void flywayCreateTableInlineAndTableConstraints() throws Exception {
        Migrations m = migrations(Map.of("src/main/resources/db/migration/V1__init.sql", """
                -- users
                create table if not exists public."user_account" (
                    id bigserial primary key,
                    email varchar(320) not null unique,
                    tenant_id bigint not null,
                    code varchar(20) not null,
                    note varchar(200) default 'unique; not a key',
                    constraint uq_tenant_code unique (tenant_id, code),
                    foreign key (tenant_id) references tenant (id)
                );
                /* a comment; with a semicolon */
                CREATE TABLE orders (id BIGINT, customer_id BIGINT, external_ref VARCHAR(40), PRIMARY KEY (id),
                    UNIQUE KEY uk_orders_ref (customer_id, external_ref), KEY ix_customer (customer_id));
                """));
        assertEquals(Set.of(Set.of("id"), Set.of("email"), Set.of("tenantid", "code")), keys(m, "UserAccount"));
        assertEquals(Set.of(Set.of("id"), Set.of("customerid", "externalref")), keys(m, "orders"));
    }

    @Test
    void uniqueIndexesOnExpressionsAndAlterTable() throws Exception {
        Migrations m = migrations(Map.of("db/migration/V2__indexes.sql", """
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_customer_email ON ONLY customer USING btree (lower((email)::text)) WHERE deleted_at IS NULL;
                create unique index ux_slug on article (slug text_pattern_ops, locale DESC);
                create index ix_name on customer (name);
                alter table customer add constraint uq_customer_phone unique (phone_number), add column handle varchar(40) unique;
                ALTER TABLE `shop`.`coupon` ADD UNIQUE INDEX `uk_code` (`code`);
                """));
        assertEquals(Set.of(Set.of("email"), Set.of("phonenumber"), Set.of("handle")), keys(m, "customer"));
        assertEquals(Set.of(Set.of("slug", "locale")), keys(m, "article"));
        assertEquals(Set.of(Set.of("code")), keys(m, "coupon"));
    }

    @Test
    void dropsAreAppliedInFlywayVersionOrder() throws Exception {
        Migrations m = migrations(Map.of(
                "db/migration/V10__drop.sql", "drop index if exists ux_nick; alter table member drop constraint uq_member_code;",
                "db/migration/V9__create.sql", """
                        create table member (id bigint primary key, nick varchar(20), code varchar(20), phone varchar(20) unique);
                        create unique index ux_nick on member (nick);
                        alter table member add constraint uq_member_code unique (code);
                        """,
                "db/migration/V11__column.sql", "alter table member drop column phone;",
                "db/migration/U9__undo.sql", "drop table member;"));
        assertEquals(Set.of(Set.of("id")), keys(m, "member"));
        assertTrue(m.files().stream().noneMatch(f -> f.getFileName().toString().startsWith("U9")));
    }

    @Test
    void testResourcesAreNotMigrationsOfTheApplication() throws Exception {
        Migrations m = migrations(Map.of("src/test/resources/schema.sql", "create table tag (id bigint, name varchar(20) unique);"));
        assertEquals(Set.of(), keys(m, "tag"));
    }

    @Test
    void liquibaseXml() throws Exception {
        Migrations m = migrations(Map.of("db/changelog/001.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <changeSet id="1" author="a">
                    <createTable tableName="gift_card">
                      <column name="tenant" type="bigint"><constraints primaryKey="true"/></column>
                      <column name="serial" type="varchar(20)"><constraints primaryKey="true"/></column>
                      <column name="pin" type="varchar(20)"><constraints unique="true" uniqueConstraintName="uq_pin"/></column>
                    </createTable>
                    <addUniqueConstraint tableName="gift_card" columnNames="tenant, barcode" constraintName="uq_barcode"/>
                    <createIndex tableName="gift_card" indexName="ux_lookup" unique="true">
                      <column name="lookup_key"/>
                    </createIndex>
                    <createIndex tableName="gift_card" indexName="ix_plain"><column name="owner"/></createIndex>
                    <rollback><dropUniqueConstraint tableName="gift_card" constraintName="uq_barcode"/></rollback>
                  </changeSet>
                  <changeSet id="2" author="a">
                    <sql>create unique index ux_gift_card_email on gift_card (lower(email))</sql>
                    <dropUniqueConstraint tableName="gift_card" constraintName="uq_pin"/>
                  </changeSet>
                </databaseChangeLog>
                """, "mappers/OrderMapper.xml", "<mapper namespace=\"x\"><select id=\"a\">select 1</select></mapper>"));
        assertEquals(Set.of(Set.of("tenant", "serial"), Set.of("tenant", "barcode"), Set.of("lookupkey"), Set.of("email")),
                keys(m, "gift_card"));
    }

    @Test
    void liquibaseYamlAndFormattedSql() throws Exception {
        Migrations m = migrations(Map.of(
                "db/changelog/db.changelog-master.yaml", """
                        databaseChangeLog:
                          - include:
                              file: changes/002.sql
                          - changeSet:
                              id: 1
                              author: a
                              changes:
                                - createTable:
                                    tableName: partner_offer
                                    columns:
                                      - column:
                                          name: offer_code
                                          type: varchar(40)
                                          constraints:
                                            unique: true
                                - createIndex:
                                    tableName: partner_offer
                                    unique: true
                                    columns:
                                      - column:
                                          name: partner_id
                                      - column:
                                          name: external_ref
                                - addUniqueConstraint:
                                    tableName: partner_offer
                                    columnNames: slug
                                - sql:
                                    sql: alter table partner_offer add constraint uq_po_token unique (token)
                              rollback:
                                - dropTable:
                                    tableName: partner_offer
                        """,
                "db/changelog/changes/002.sql", """
                        --liquibase formatted sql
                        --changeset a:2
                        CREATE UNIQUE INDEX ux_wallet ON wallet_pass (pass_token);
                        --rollback DROP INDEX ux_wallet;
                        """));
        assertEquals(Set.of(Set.of("offercode"), Set.of("partnerid", "externalref"), Set.of("slug"), Set.of("token")),
                keys(m, "partner_offer"));
        assertEquals(Set.of(Set.of("passtoken")), keys(m, "WalletPass"));
    }

    @Test
    void statementsSplitAtSemicolonsOutsideLiteralsAndBodies() {
        List<SqlDdl.Statement> statements = SqlDdl.statements("""
                create function f() returns trigger as $$ begin perform 1; return new; end; $$ language plpgsql;
                insert into t values ('a;b');
                -- create unique index commented_out on t (x);
                create unique index ux on t (x)
                GO
                select 1
                """);
        assertEquals(4, statements.size(), statements.toString());
        assertEquals(4, statements.get(2).line());
    }

    @Test
    void namesCompareAcrossNamingStrategies() {
        assertEquals(SchemaNames.key("emailAddress"), SchemaNames.key("email_address"));
        assertEquals(SchemaNames.key("UserAccount"), SchemaNames.key("\"public\".\"user_account\""));
        assertEquals(SchemaNames.key("[dbo].[Orders]"), SchemaNames.key("orders"));
        assertEquals("email_address", SchemaNames.snakeCase("emailAddress"));
    }
}
