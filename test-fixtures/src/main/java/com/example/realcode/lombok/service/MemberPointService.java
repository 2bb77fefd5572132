package com.example.realcode.lombok.service;

import com.example.common.NotFoundException;
import com.example.realcode.lombok.domain.BrowseCounter;
import com.example.realcode.lombok.domain.MemberUser;
import com.example.realcode.lombok.repository.BrowseCounterRepository;
import com.example.realcode.lombok.repository.MemberUserRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * Member points with chained setters and page views with fluent accessors. Real shape:
 * YunaiV/ruoyi-vue-pro yudao-module-member .../service/point/MemberPointRecordServiceImpl.java
 * (points added to MemberUserDO) with the {@code @Accessors(chain = true)} style of that codebase.
 */
@Service
@RequiredArgsConstructor
public class MemberPointService {

    private final MemberUserRepository memberUserRepository;
    private final BrowseCounterRepository browseCounterRepository;

    // @Accessors(chain = true): the setter chain returns the entity, which is saved
    public void addPoint(Long userId, int point) {
        MemberUser user = memberUserRepository.findById(userId).orElseThrow(() -> new NotFoundException("member", userId));
        memberUserRepository.save(user.setPoint(user.getPoint() + point).setExperience(user.getExperience() + point)); // expect: lost-update
    }

    // @Accessors(fluent = true): hits() reads, hits(n) writes
    public void browse(Long counterId) {
        BrowseCounter counter = browseCounterRepository.findById(counterId)
                .orElseThrow(() -> new NotFoundException("counter", counterId));
        counter.hits(counter.hits() + 1);
        browseCounterRepository.save(counter); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: atomic increment in the database
    public void addPointAtomically(Long userId, int point) {
        memberUserRepository.addPoint(userId, point);
    }

    // safe: a new member built with chained setters
    public MemberUser register(Long levelId) {
        return memberUserRepository.save(new MemberUser().setLevelId(levelId).setPoint(0));
    }

    // safe: a new counter built with fluent setters
    public BrowseCounter start(Long spuId) {
        return browseCounterRepository.save(new BrowseCounter().spuId(spuId).hits(0));
    }

    // safe: fluent getter only
    public long hits(Long counterId) {
        return browseCounterRepository.findById(counterId).map(BrowseCounter::hits).orElse(0L);
    }
}
