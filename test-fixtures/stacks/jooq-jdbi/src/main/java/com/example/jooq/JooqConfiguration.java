package com.example.jooq;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Builds the DSLContext the services use. Optimistic locking is switched on for the whole
 * application (shape of jOOQ's manual, "Optimistic locking"): a record of a table whose generated
 * class declares a record version (WALLET) is stored with {@code ... where version = ?}.
 */
public final class JooqConfiguration {

    private JooqConfiguration() {
    }

    public static DSLContext dsl(DataSource dataSource) {
        Settings settings = new Settings().withExecuteWithOptimisticLocking(true);
        return DSL.using(dataSource, SQLDialect.POSTGRES, settings);
    }
}
