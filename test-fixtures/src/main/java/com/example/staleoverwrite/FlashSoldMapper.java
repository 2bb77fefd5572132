package com.example.staleoverwrite;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface FlashSoldMapper {

    @Update("update flash_item set sold = sold + #{count} where id = #{id}")
    int addSold(@Param("id") Long id, @Param("count") int count);
}
