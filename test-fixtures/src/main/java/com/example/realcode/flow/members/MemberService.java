package com.example.realcode.flow.members;

import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Setters reached indirectly. Follows dromara/RuoYi-Vue-Plus ruoyi-modules/ruoyi-workflow/.../
 * service/impl/ActTaskServiceImpl.java (setters handed over as method references,
 * {@code ifPresent(task::setWfNodeConfigVo)}) and update helpers of the
 * {@code updateIfPresent(existing::setName, dto.getName())} kind.
 */
@Service
public class MemberService {

    private final MemberRepository members;

    public MemberService(MemberRepository members) {
        this.members = members;
    }

    // the change is made through the interface the entity implements
    public void award(Long memberId, long earned) {
        Member member = members.findById(memberId).orElseThrow();
        credit(member, earned);
        members.save(member); // expect: lost-update
    }

    private void credit(PointsHolder holder, long earned) {
        holder.setPoints(holder.getPoints() + earned);
    }

    // the setter is handed over; the value is computed from the points read
    public void bonus(Long memberId, long extra) {
        Member member = members.findById(memberId).orElseThrow();
        updateIfPresent(member::setPoints, member.getPoints() + extra);
        members.save(member); // expect: lost-update
    }

    // the setter is handed over with the request's value: a blind overwrite
    public void rename(Long memberId, String nickname) {
        Member member = members.findById(memberId).orElseThrow();
        updateIfPresent(member::setNickname, nickname);
        members.save(member);
    }

    private static <T> void updateIfPresent(Consumer<T> setter, T value) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
