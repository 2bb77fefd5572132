package com.example.realcode.lombok.service;

import com.example.common.NotFoundException;
import com.example.realcode.lombok.domain.ProductStatistics;
import com.example.realcode.lombok.domain.Spu;
import com.example.realcode.lombok.repository.ProductStatisticsRepository;
import com.example.realcode.lombok.repository.SpuRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * Sales and statistics counters. Real shape: YunaiV/ruoyi-vue-pro yudao-module-product
 * .../service/spu/ProductSpuServiceImpl.java (updateSpuStock / sales count on ProductSpuDO) and
 * yudao-module-statistics .../ProductStatisticsDO.java (counters on a Lombok data object).
 */
@Service
@RequiredArgsConstructor
public class SpuStatisticsService {

    private final SpuRepository spuRepository;
    private final ProductStatisticsRepository statisticsRepository;

    // field-level @Setter on an entity whose class only has @Getter
    public void addSales(Long spuId, int count) {
        Spu spu = spuRepository.findById(spuId).orElseThrow(() -> new NotFoundException("spu", spuId));
        spu.setSalesCount(spu.getSalesCount() + count);
        spuRepository.save(spu); // expect: lost-update
    }

    // boolean property: isRecommended() / setRecommended(..)
    public void toggleRecommended(Long spuId) {
        Spu spu = spuRepository.findById(spuId).orElseThrow(() -> new NotFoundException("spu", spuId));
        spu.setRecommended(!spu.isRecommended());
        spuRepository.save(spu); // expect: lost-update
    }

    // the counter's setter is generated on the @MappedSuperclass
    public void favorite(Long statisticsId) {
        ProductStatistics statistics = statisticsRepository.findById(statisticsId)
                .orElseThrow(() -> new NotFoundException("statistics", statisticsId));
        statistics.setFavoriteCount(statistics.getFavoriteCount() + 1);
        statisticsRepository.save(statistics); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: a new statistics row
    public ProductStatistics open() {
        ProductStatistics statistics = new ProductStatistics();
        statistics.setBrowseCount(0);
        return statisticsRepository.save(statistics);
    }

    // safe: only getters (class-level @Getter), nothing written
    public int popularity(Long statisticsId) {
        ProductStatistics statistics = statisticsRepository.findById(statisticsId)
                .orElseThrow(() -> new NotFoundException("statistics", statisticsId));
        return statistics.getBrowseCount() + 2 * statistics.getFavoriteCount();
    }
}
