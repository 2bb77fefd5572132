package com.example.realcode.mybatis.service;

import com.example.realcode.mybatis.dao.CartLineMapper;
import com.example.realcode.mybatis.domain.CartLine;
import com.example.realcode.mybatis.domain.CartLineExample;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The thin service over a generated mapper that litemall writes for every table
 * ({@code LitemallCartService}: findById / queryExist / add / updateById): wrappers whose own
 * names are data-layer names, followed as helpers because they have a body.
 */
@Service
public class CartLineService {
    private final CartLineMapper cartLineMapper;

    public CartLineService(CartLineMapper cartLineMapper) {
        this.cartLineMapper = cartLineMapper;
    }

    public CartLine findById(Integer id) {
        return cartLineMapper.selectByPrimaryKey(id);
    }

    public CartLine queryExist(Integer userId, Integer productId) {
        CartLineExample example = new CartLineExample();
        example.or().andUserIdEqualTo(userId).andProductIdEqualTo(productId);
        return cartLineMapper.selectOneByExample(example);
    }

    public List<CartLine> queryByUser(Integer userId) {
        CartLineExample example = new CartLineExample();
        example.or().andUserIdEqualTo(userId);
        return cartLineMapper.selectByExample(example);
    }

    public void add(CartLine line) {
        line.setUpdateTime(LocalDateTime.now());
        cartLineMapper.insertSelective(line);
    }

    public int updateById(CartLine line) {
        line.setUpdateTime(LocalDateTime.now());
        return cartLineMapper.updateByPrimaryKeySelective(line);
    }

    public int update(CartLine line) {
        return cartLineMapper.updateByPrimaryKey(line);
    }

    public int countByUser(Integer userId) {
        CartLineExample example = new CartLineExample();
        example.or().andUserIdEqualTo(userId);
        return (int) cartLineMapper.countByExample(example);
    }

    public void deleteById(Integer id) {
        cartLineMapper.deleteByPrimaryKey(id);
    }
}
