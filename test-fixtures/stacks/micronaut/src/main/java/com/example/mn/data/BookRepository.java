package com.example.mn.data;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BookRepository extends CrudRepository<Book, Long> {

    Optional<Book> findByIsbn(String isbn);

    /** Micronaut Data JDBC reads it with SELECT ... FOR UPDATE. */
    Optional<Book> findByIdForUpdate(Long id);

    @Query("UPDATE book SET copies = copies - :n WHERE id = :id AND copies >= :n")
    long sell(Long id, int n);

    /** A partial update: writes the copies it is given. */
    void update(@Id Long id, int copies);
}
