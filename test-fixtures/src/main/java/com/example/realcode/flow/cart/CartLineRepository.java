package com.example.realcode.flow.cart;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CartLineRepository extends JpaRepository<CartLine, Long> {

    CartLine findByUserIdAndProductId(Long userId, Long productId);
}
