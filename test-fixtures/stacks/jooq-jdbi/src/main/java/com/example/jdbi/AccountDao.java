package com.example.jdbi;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface AccountDao {

    @SqlUpdate("update account set balance = balance - :amount where id = :id")
    void debit(@Bind("id") long id, @Bind("amount") long amount);

    @SqlUpdate("update account set balance = balance + :amount where id = :id")
    void credit(@Bind("id") long id, @Bind("amount") long amount);
}
