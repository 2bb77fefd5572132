package com.example.coupons.repository;

import com.example.coupons.domain.WalletPass;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WalletPassRepository extends JpaRepository<WalletPass, Long> {

    Optional<WalletPass> findByPassToken(String passToken);
}
