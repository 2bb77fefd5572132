package com.example.realcode.mybatis.service;

import com.example.realcode.mybatis.dao.CartLineMapper;
import com.example.realcode.mybatis.domain.CartLine;
import com.example.realcode.mybatis.domain.CartLineExample;
import org.springframework.stereotype.Service;

/**
 * Cart flows after litemall's {@code WxCartController.add / update} and {@code WxOrderService}:
 * read a row through a service wrapper, change it, write it back through another wrapper.
 */
@Service
public class CartFlows {
    private final CartLineService cartLineService;
    private final CartLineMapper cartLineMapper;

    public CartFlows(CartLineService cartLineService, CartLineMapper cartLineMapper) {
        this.cartLineService = cartLineService;
        this.cartLineMapper = cartLineMapper;
    }

    // racy: the quantity read through findById is increased in Java and written back by updateById
    public void addToExistingLine(Integer userId, Integer productId, short more) {
        CartLine existing = cartLineService.queryExist(userId, productId);
        if (existing == null) {
            return;
        }
        existing.setQuantity((short) (existing.getQuantity() + more));
        if (cartLineService.updateById(existing) == 0) { // expect: lost-update
            throw new IllegalStateException("cart line " + existing.getId() + " not updated");
        }
    }

    // racy: the generated mapper called directly, selectByPrimaryKey then updateByPrimaryKey
    public void changeQuantity(Integer lineId, short delta) {
        CartLine line = cartLineMapper.selectByPrimaryKey(lineId);
        line.setQuantity((short) (line.getQuantity() + delta));
        cartLineMapper.updateByPrimaryKey(line); // expect: lost-update
    }

    // racy: updateByExampleSelective writes the row it was handed, read a moment before
    public void touchAll(Integer userId) {
        for (CartLine line : cartLineService.queryByUser(userId)) {
            line.setQuantity((short) (line.getQuantity() + 1));
            CartLineExample example = new CartLineExample();
            example.or().andUserIdEqualTo(userId);
            cartLineMapper.updateByExampleSelective(line, example); // expect: lost-update
        }
    }

    // racy: a derived counter; the count is stale once a concurrent review lands (aggregate written back)
    public void refreshReviewCount(Integer lineId, Integer userId) {
        int reviews = cartLineService.countByUser(userId);
        cartLineMapper.updateReviewCount(lineId, reviews); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the database adds to the quantity itself (addQuantity's @Update is atomic)
    public void addAtomically(Integer userId, Integer productId, int more) {
        CartLine existing = cartLineService.queryExist(userId, productId);
        if (existing != null) {
            cartLineMapper.addQuantity(existing.getId(), more);
        }
    }

    // safe: a new object carrying only the id and the requested quantity, no value read before
    public void setQuantity(Integer lineId, short quantity) {
        CartLine update = new CartLine();
        update.setId(lineId);
        update.setQuantity(quantity);
        cartLineService.updateById(update);
    }

    // safe: the row read is only checked, then deleted
    public void removeIfEmpty(Integer lineId) {
        CartLine line = cartLineService.findById(lineId);
        if (line != null && line.getQuantity() == 0) {
            cartLineService.deleteById(lineId);
        }
    }
}
