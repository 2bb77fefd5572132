package com.example.jdbi;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** member.email has no unique key (db/migration/V1__schema.sql). */
public interface MemberDao {

    @SqlQuery("select count(*) from member where email = :email")
    int countByEmail(@Bind("email") String email);

    @SqlUpdate("insert into member (email) values (:email)")
    void insert(@Bind("email") String email);
}
