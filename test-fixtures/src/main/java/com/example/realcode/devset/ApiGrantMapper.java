package com.example.realcode.devset;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

/** Statements in resources/mappers/ApiGrantMapper.xml; none of the write methods is named insert* / delete*. */
@Mapper
public interface ApiGrantMapper {
    List<ApiGrant> findByClient(@Param("clientId") String clientId);

    int save(ApiGrant grant);

    int saveAll(@Param("grants") List<ApiGrant> grants);

    int revokeAll(@Param("clientId") String clientId);

    int upsertQuota(@Param("clientId") String clientId, @Param("quota") int quota);
}
