package com.example.staleoverwrite;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface FlashItemMapper extends BaseMapper<FlashItem> {

    /** ruoyi-vue-pro's updateStock shape: setSql decrement guarded by the remaining stock. */
    default int decrementStock(Long id, int count) {
        return update(null, new LambdaUpdateWrapper<FlashItem>()
                .eq(FlashItem::getId, id)
                .ge(FlashItem::getStock, count)
                .setSql("stock = stock - " + count));
    }
}
