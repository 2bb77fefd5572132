package com.example.realcode.mybatisplus;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** The project's own base mapper over MyBatis-Plus's (ruoyi-vue-pro's BaseMapperX, RuoYi-Vue-Plus's BaseMapperPlus). */
public interface ProjectBaseMapper<T> extends BaseMapper<T> {
}
