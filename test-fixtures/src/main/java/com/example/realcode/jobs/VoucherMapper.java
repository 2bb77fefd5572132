package com.example.realcode.jobs;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Annotation-based MyBatis mapper of {@link Voucher}. */
@Mapper
public interface VoucherMapper {

    @Select("select * from realcode_voucher where status = 'ACTIVE' and expires_at < now()")
    List<Voucher> selectExpired();

    @Select("select * from realcode_voucher where status = #{status}")
    List<Voucher> selectByStatus(String status);

    @Update("""
            update realcode_voucher
               set status = #{status}, balance_cents = #{balanceCents}, update_time = #{updateTime}
             where id = #{id}
            """)
    int updateById(Voucher voucher);

    @Update("""
            update realcode_voucher
               set status = #{voucher.status}, balance_cents = #{voucher.balanceCents}, update_time = #{voucher.updateTime}
             where id = #{voucher.id} and update_time = #{previousUpdateTime}
            """)
    int updateIfUnchanged(@Param("previousUpdateTime") LocalDateTime previousUpdateTime, @Param("voucher") Voucher voucher);

    @Insert("insert into realcode_voucher (status, balance_cents, expires_at) values (#{status}, #{balanceCents}, #{expiresAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insert(Voucher voucher);
}
