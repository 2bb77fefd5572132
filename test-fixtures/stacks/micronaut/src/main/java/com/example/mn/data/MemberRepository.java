package com.example.mn.data;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MemberRepository extends CrudRepository<Member, Long> {
    boolean existsByEmail(String email);
}
