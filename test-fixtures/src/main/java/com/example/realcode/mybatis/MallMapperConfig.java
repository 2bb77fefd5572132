package com.example.realcode.mybatis;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Configuration;

/**
 * Mappers registered by package, none of them annotated {@code @Mapper}; their XML lives in
 * another module (here: nowhere), so method names decide. Shape of linlinjava/litemall's
 * {@code Application} classes ({@code @MapperScan("...db.dao")}).
 */
@Configuration
@MapperScan("com.example.realcode.mybatis.dao")
public class MallMapperConfig {
}
