package com.example.shipping.mapper;

import com.example.shipping.domain.ParcelLocker;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** MyBatis mapper whose SQL lives in {@code mappers/ParcelLockerMapper.xml}. */
@Mapper
public interface ParcelLockerMapper {

    ParcelLocker selectByPrimaryKey(Long id);

    ParcelLocker selectByCode(String code);

    ParcelLocker selectByPrimaryKeyForUpdate(Long id);

    int updateByPrimaryKey(ParcelLocker locker);

    int updateFreeSlots(@Param("id") Long id, @Param("freeSlots") int freeSlots);

    int reserveSlots(@Param("id") Long id, @Param("count") int count);

    int releaseSlots(@Param("id") Long id, @Param("count") int count);
}
