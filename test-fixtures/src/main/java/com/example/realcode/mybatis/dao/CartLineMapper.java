package com.example.realcode.mybatis.dao;

import com.example.realcode.mybatis.domain.CartLine;
import com.example.realcode.mybatis.domain.CartLineExample;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/**
 * A MyBatis Generator mapper without {@code @Mapper} (registered by {@code @MapperScan}), its XML
 * absent: litemall's {@code LitemallCartMapper} method set. One hand-written atomic statement, as
 * litemall's {@code GoodsProductMapper.reduceStock}.
 */
public interface CartLineMapper {
    long countByExample(CartLineExample example);

    int deleteByPrimaryKey(Integer id);

    int insertSelective(CartLine record);

    CartLine selectOneByExample(CartLineExample example);

    List<CartLine> selectByExample(CartLineExample example);

    CartLine selectByPrimaryKey(Integer id);

    int updateByExampleSelective(@Param("record") CartLine record, @Param("example") CartLineExample example);

    int updateByPrimaryKeySelective(CartLine record);

    int updateByPrimaryKey(CartLine record);

    int updateReviewCount(@Param("id") Integer id, @Param("reviewCount") int reviewCount);

    @Update("update cart_line set quantity = quantity + #{delta} where id = #{id}")
    int addQuantity(@Param("id") Integer id, @Param("delta") int delta);
}
