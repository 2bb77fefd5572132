package com.example.demo.signup.fixed;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UniqueUserAccountRepository extends JpaRepository<UniqueUserAccount, Long> {

    boolean existsByEmail(String email);

    long countByEmail(String email);
}
