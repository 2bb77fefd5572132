package com.example.staleoverwrite;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface StorageBinMapper {

    @Select("select id, label, capacity_left from storage_bin where id = #{id}")
    StorageBin selectByPrimaryKey(Long id);

    /** litemall's reduceStock shape. */
    @Update("update storage_bin set capacity_left = capacity_left - #{count} where id = #{id} and capacity_left >= #{count}")
    int take(@Param("id") Long id, @Param("count") int count);

    /** Every column, from the object: what updateByPrimaryKey generates. */
    @Update("update storage_bin set label = #{label}, capacity_left = #{capacityLeft} where id = #{id}")
    int updateByPrimaryKey(StorageBin bin);

    /** Only the label. */
    @Update("update storage_bin set label = #{label} where id = #{id}")
    int updateLabel(StorageBin bin);
}
