package com.example.realcode.lombok.repository;

import com.example.realcode.lombok.domain.Spu;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpuRepository extends JpaRepository<Spu, Long> {
}
