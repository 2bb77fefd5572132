package com.example.signup.repository;

import com.example.signup.domain.Member;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, Long> {

    boolean existsByEmail(String email);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByUsername(String username);

    boolean existsByEmailAndIdNot(String email, Long id);

    long countByNickname(String nickname);

    Optional<Member> findByEmail(String email);

    Optional<Member> findByExternalId(String externalId);

    Optional<Member> findByPhoneNumber(String phoneNumber);
}
