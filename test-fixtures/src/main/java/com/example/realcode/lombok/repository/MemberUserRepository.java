package com.example.realcode.lombok.repository;

import com.example.realcode.lombok.domain.MemberUser;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberUserRepository extends JpaRepository<MemberUser, Long> {

    @Modifying
    @Query("update MemberUser u set u.point = u.point + :point where u.id = :id")
    int addPoint(@Param("id") Long id, @Param("point") int point);
}
