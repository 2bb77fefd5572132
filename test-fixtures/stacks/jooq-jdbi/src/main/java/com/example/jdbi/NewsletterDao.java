package com.example.jdbi;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** An upsert: a concurrent duplicate is resolved by the database (PostgreSQL ON CONFLICT). */
public interface NewsletterDao {

    @SqlQuery("select count(*) from member where email = :email")
    int countByEmail(@Bind("email") String email);

    @SqlUpdate("insert into member (email) values (:email) on conflict do nothing")
    void insert(@Bind("email") String email);
}
