package com.example.realcode.flow.cart;

import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Adding to a cart: the line is looked up and created when missing. Follows
 * linlinjava/litemall litemall-wx-api/.../wx/web/WxCartController.java ({@code add}: the existing
 * line's number is increased, a missing one is inserted) and .../wx/web/WxAuthController.java
 * ({@code wxLogin}: a found user only gets request values).
 */
@Service
public class CartService {

    private final CartLineRepository lines;

    public CartService(CartLineRepository lines) {
        this.lines = lines;
    }

    // the local is reassigned on one path only: on the other it still holds the row read
    public void add(Long userId, Long productId, int count) {
        CartLine line = lines.findByUserIdAndProductId(userId, productId);
        if (line == null) {
            line = new CartLine(userId, productId);
        }
        line.setQuantity(line.getQuantity() + count);
        lines.save(line); // expect: lost-update
    }

    // created on one path, increased on the other
    public void addOrIncrease(Long userId, Long productId, int count) {
        CartLine line = lines.findByUserIdAndProductId(userId, productId);
        if (line == null) {
            line = new CartLine(userId, productId);
        } else {
            line.setQuantity(line.getQuantity() + count);
        }
        lines.save(line); // expect: lost-update
    }

    // only the new line gets a quantity: a found line is saved as it was read
    public void addIfMissing(Long userId, Long productId, int count) {
        CartLine line = lines.findByUserIdAndProductId(userId, productId);
        if (line == null) {
            line = new CartLine(userId, productId);
            line.setQuantity(count);
        }
        lines.save(line);
    }

    public void addThroughConditional(Long userId, Long productId, int count) {
        CartLine found = lines.findByUserIdAndProductId(userId, productId);
        CartLine line = found != null ? found : new CartLine(userId, productId);
        line.setQuantity(line.getQuantity() + count);
        lines.save(line); // expect: lost-update
    }

    // a found line only gets the request's time: a blind overwrite loses nothing it read
    public void touch(Long userId, Long productId) {
        CartLine found = lines.findByUserIdAndProductId(userId, productId);
        CartLine line = found != null ? found : new CartLine(userId, productId);
        line.setUpdatedAt(Instant.now());
        lines.save(line); // full write over an atomic update // expect: stale-overwrite
    }
}
