package com.example.shipping.mapper;

import com.example.shipping.domain.Shipment;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Annotation-based MyBatis mapper. */
@Mapper
public interface ShipmentMapper {

    @Select("select * from shipment where id = #{id}")
    Shipment selectById(Long id);

    @Select("select * from shipment where tracking_number = #{trackingNumber}")
    Shipment selectByTrackingNumber(String trackingNumber);

    @Select("select * from shipment where id = #{id} for update")
    Shipment selectByIdForUpdate(Long id);

    @Select("select * from shipment where status = #{status}")
    List<Shipment> selectByStatus(String status);

    @Update("""
            update shipment
               set tracking_number = #{trackingNumber}, status = #{status},
                   weight_grams = #{weightGrams}, delivery_attempts = #{deliveryAttempts}
             where id = #{id}
            """)
    int updateById(Shipment shipment);

    @Update("update shipment set delivery_attempts = #{attempts} where id = #{id}")
    int updateDeliveryAttempts(@Param("id") Long id, @Param("attempts") int attempts);

    @Update("update shipment set delivery_attempts = delivery_attempts + 1 where id = #{id}")
    int incrementDeliveryAttempts(Long id);

    @Update("update shipment set status = #{status}, version = version + 1 where id = #{id} and version = #{version}")
    int updateStatusIfUnchanged(@Param("id") Long id, @Param("status") String status, @Param("version") long version);

    @Insert("insert into shipment (tracking_number, status, weight_grams, delivery_attempts, version) "
            + "values (#{trackingNumber}, #{status}, #{weightGrams}, 0, 0)")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insert(Shipment shipment);
}
