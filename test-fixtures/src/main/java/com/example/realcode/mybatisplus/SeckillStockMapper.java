package com.example.realcode.mybatisplus;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SeckillStockMapper extends BaseMapper<SeckillStock> {
}
